# hex/oct/bin around the edges of the 64-bit fast path: zero, signs, digit-count boundaries,
# the long limits and one past them, bools, int subclasses, __index__ objects, refused types.
vals = [0, 1, -1, 7, 8, -8, 15, 16, 255, 256, -256, 2 ** 31, 2 ** 32 - 1, 2 ** 62, 2 ** 63 - 1, -2 ** 63 + 1,
        -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, -2 ** 64, 10 ** 30, -10 ** 30, True, False]
for v in vals:
    print(hex(v), oct(v), bin(v))
for b in range(66):
    v = (1 << b) - 1
    print(len(hex(v)), len(oct(v)), len(bin(v)), len(hex(-v - 1)), len(oct(-v - 1)), len(bin(-v - 1)), end=" | " if b % 6 != 5 else "\n")
print()
class I(int):
    pass
class X:
    def __index__(self):
        return -255
print(hex(I(-255)), oct(I(8)), bin(I(0)), hex(X()), oct(X()), bin(X()), type(hex(I(3))).__name__)
for f in (hex, oct, bin):
    for bad in (1.5, "1", None):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
try:
    hex()
except TypeError as e:
    print(e)
try:
    hex(1, 2)
except TypeError as e:
    print(e)
