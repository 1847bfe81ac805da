# float.as_integer_ratio at the edges of its long fast path: numerators and denominators just
# inside and just past 63 bits, subnormals, the largest float, signs, zeros, specials, subclasses.
import math
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.75, 0.1, 37.25, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, -1.7976931348623157e308, 2.0 ** 52, 2.0 ** 53 + 2, 2.0 ** 62, 2.0 ** 63,
        -2.0 ** 63, 2.0 ** 64, 3 * 2.0 ** 60, 3 * 2.0 ** 61, -3 * 2.0 ** 61, (2 ** 53 - 1) * 2.0 ** 10,
        (2 ** 53 - 1) * 2.0 ** 11, 2.0 ** -62, 2.0 ** -63, -2.0 ** -62, 3 * 2.0 ** -62, 3 * 2.0 ** -63, 2.0 ** -1022,
        2.0 ** -1074 * 12, 1 / 3, -2 / 3, 1e16, 1e22, 1e23]
for v in vals:
    n, d = v.as_integer_ratio()
    print(n, d, type(n).__name__, type(d).__name__, n / d == v)
x = y = 1.0
for i in range(60):
    n, d = x.as_integer_ratio()
    p, q = y.as_integer_ratio()
    print(n.bit_length(), d.bit_length(), p.bit_length(), q.bit_length(), end=" ")
    x = x * 3.0 * (-1 if i % 2 else 1)
    y = y / 3.0
print()
class F(float):
    pass
class G(float):
    def as_integer_ratio(self):
        return "own"
print(F(-2.5).as_integer_ratio(), G(1.5).as_integer_ratio(), float.as_integer_ratio(G(1.5)))
for bad in [math.inf, -math.inf, math.nan]:
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
try:
    (1.5).as_integer_ratio(2)
except TypeError as e:
    print(e)
try:
    float.as_integer_ratio(1)
except TypeError as e:
    print(e)
