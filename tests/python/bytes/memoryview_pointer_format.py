# memoryview's 'P' format stores an int as PyLong_AsVoidPtr does (a negative one as its two's
# complement; __index__ is not enough), and cast() takes CPython 3.11's native formats, which
# do not include 'e' (half floats arrived in 3.12).
class Small(int):
    pass


class Indexable:
    def __index__(self):
        return 5


view = memoryview(bytearray(8)).cast("P")
for value in (-1, 2**64 - 1, -2**63, Small(-3), True, 7, 0):
    view[0] = value
    print(repr(value), view[0], bytes(view.obj).hex())

for value in (2**64, -2**63 - 1, Indexable(), 1.5, "a", None):
    try:
        view[0] = value
        print("stored", repr(value), view[0])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for fmt in ("e", "@e", "P", "@P", "<P", "x", "d", "?"):
    try:
        print(fmt, memoryview(bytearray(8)).cast(fmt).format)
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
