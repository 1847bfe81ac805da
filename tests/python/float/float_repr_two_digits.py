# repr(float) of values whose shortest form has one or two significant digits, across the
# exponent range: normal doubles (never shortened below what reads back), the subnormals where a
# one-digit form can replace Java's two digits, and the edges of the subnormal range.
import struct

vals = []
for e in range(-330, 310, 7):
    for m in (1, 2, 5, 9, 10, 11, 25, 49, 75, 99):
        vals.append(float("%de%d" % (m, e)))
vals += [2.5, 0.75, 1.5e-5, 9.5e15, 2.5e16, 1e16, 1e-4, 1.5e-4, 5e-5]
vals += [struct.unpack("<d", struct.pack("<Q", bits))[0]
         for bits in (1, 2, 3, 4, 5, 9, 10, 99, 100, 101, 4503599627370495, 4503599627370496,
                      4503599627370497, 0x7FEFFFFFFFFFFFFF, 0x0010000000000001)]
vals += [2.2250738585072014e-308 * k for k in (0.5, 0.25, 1.5, 0.999)]
for i in range(0, len(vals), 8):
    print(" ".join(repr(v) for v in vals[i:i + 8]))
print(repr(-4.9e-324), repr(-2.5), str(1.5e-320), "%r" % 1e-323)
