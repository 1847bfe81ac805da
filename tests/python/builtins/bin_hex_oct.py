for n in [0, 1, -1, 10, -10, 255, 2 ** 40, -(2 ** 65)]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()), bin(True))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(1234), 0), int(oct(1234), 0), int(hex(1234), 0), int(hex(-99), 16))
