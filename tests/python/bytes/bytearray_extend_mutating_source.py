# bytearray.extend collects its source first and appends at the end the bytearray has then, as
# CPython's bytearray_extend does: a generator that clears, shrinks or grows the bytearray while
# it is iterated (the end was read before the source ran: an internal error, or bytes in the
# wrong place).
ba = bytearray(b"abcdef")


def clearing():
    yield 65
    ba.clear()
    yield 66


ba.extend(clearing())
print(ba)

ba = bytearray(b"abcdef")


def shrinking():
    yield 65
    del ba[0]
    yield 66


ba.extend(shrinking())
print(ba)

ba = bytearray(b"abc")


def growing():
    yield 65
    ba.extend(b"0123456789")
    yield 66


ba.extend(growing())
print(ba)


class I:
    def __index__(self):
        ba.clear()
        return 67


ba = bytearray(b"xyz")
ba.extend([65, I()])
print(ba)
