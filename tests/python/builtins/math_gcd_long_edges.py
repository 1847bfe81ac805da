# math.gcd's long fast path and its hand-over to big ints: zeros, signs, powers of two, the long
# limits (|-2**63| does not fit), big arguments before or after small ones, subclasses, errors.
import math
cases = [(), (0,), (-5,), (0, 0), (0, -7), (-12, 18), (12, -18, 27), (2 ** 40, 2 ** 20 * 3), (6, 10, 15),
         (2 ** 63 - 1, 2 ** 62 - 1), (-2 ** 63, 6), (6, -2 ** 63), (-2 ** 63,), (0, -2 ** 63), (2 ** 63, 2 ** 62),
         (2 ** 64, 2 ** 70, 96), (96, 2 ** 64 * 3, 10 ** 20), (10 ** 20, 10 ** 18, 15), (True, 4), (False, -9),
         (1, 10 ** 30), (123456, 7890), (3 ** 39, 3 ** 20 * 2), (2 ** 62 * 3, 2 ** 61 * 9, 2 ** 60 * 27)]
for c in cases:
    print(c, math.gcd(*c))
state = 3
total = 0
for i in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    x, y = state >> (state % 64), (state * 2862933555777941757) % 2 ** (1 + state % 63)
    total = (total * 1000003 + math.gcd(x, y) + math.gcd(-x, y * 6, x * 10)) % 2 ** 61
print(total)
class I(int):
    pass
for r in (math.gcd(I(-6)), math.gcd(I(6), I(4)), math.gcd(I(2 ** 70))):
    print(r, type(r).__name__)
for bad in [(1.5,), (2, "a"), (2 ** 64, 1.0), (-2 ** 63, None), (4, 6, [])]:
    try:
        math.gcd(*bad)
    except TypeError as e:
        print(e)
try:
    math.gcd(a=1)
except TypeError as e:
    print(e)
