# Repetition of bytes and bytearray by doubling copies (one byte, several bytes, zero and one
# times, in place), and bytearray() taking the array it was given: the contents and lengths must
# be exact at sizes around powers of two.
for unit in (b"x", b"xy", b"abc", b"", bytes(range(7))):
    for n in (0, 1, 2, 3, 7, 8, 9, 1000, 1025):
        r = unit * n
        assert r == b"".join([unit] * n), (unit, n)
        ba = bytearray(unit)
        ba *= n
        assert ba == r and bytearray(unit) * n == r and n * unit == r, (unit, n)
    print(unit, len(unit * 4097), (unit * 4097)[-3:], bytes(bytearray(unit) * 3))
for src in (5, b"abc", bytearray(b"xyz"), memoryview(b"mv"), [1, 2, 3], (4, 5), iter([6]), "", ):
    try:
        b = bytearray(src) if src != "" else bytearray(src, "ascii")
        b.append(0)
        print(type(src).__name__, b, len(b))
    except TypeError as e:
        print("TypeError", e)
b = bytearray(b"abc")
m = memoryview(b)
try:
    b.__init__(b"longer")
except BufferError as e:
    print("BufferError", e)
m.release()
b.__init__(b"longer")
print(b)
print(len(b"ab" * (1 << 20)), (b"ab" * (1 << 20)).count(b"ab"))
