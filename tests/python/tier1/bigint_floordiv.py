# Floor division of two big positive ints whose quotient is small (a spigot digit) takes an
# estimate from the top bits, corrected by one multiplication: quotients at the estimate's edges
# (remainder 0, y - 1; divisors just above and below a power of two; quotient 2**31 - 1 and
# 2**31) must match the exact long division, and other signs keep CPython's floor rounding.
def check(x, y):
    q = x // y
    r = x - y * q
    assert 0 <= r < y or y < 0 and y < r <= 0, (x, y, q)
    return q

out = []
for bits in (64, 65, 96, 200, 1000):
    for y in ((1 << (bits - 1)), (1 << (bits - 1)) + 1, (1 << bits) - 1, (1 << bits) - 3, 3 ** (bits * 5 // 8) | 1):
        for q in (0, 1, 2, 9, 10, 12345, (1 << 30) - 1, 1 << 30, (1 << 31) - 1, 1 << 31, 1 << 32, 1 << 40):
            for rem in (0, 1, y - 1, y // 2):
                out.append(check(y * q + rem, y) - q)
print(len(out), set(out))
print(check(10 ** 40, 10 ** 39), check(10 ** 40 - 1, 10 ** 39), check(2 ** 100, 2 ** 100), check(2 ** 100 - 1, 2 ** 100))
print((10 ** 40) // -(10 ** 39 + 7), -(10 ** 40) // (10 ** 39 + 7), -(10 ** 40) // -(10 ** 39 + 7), 0 // (10 ** 30))
print(divmod(10 ** 40 + 5, 10 ** 39), (10 ** 40 + 5) % (10 ** 39), (3 * 10 ** 50 + 7) // (10 ** 50))
q, r, t, k, digits = 1, 0, 1, 1, []
while len(digits) < 60:
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
    k += 1
    if q > r:
        continue
    digit = (3 * q + r) // t
    if digit != (4 * q + r) // t:
        continue
    digits.append(digit)
    q, r = 10 * q, 10 * (r - digit * t)
print("".join(map(str, digits)))
try:
    print((10 ** 40) // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class Big(int):
    def __floordiv__(self, other):
        return "Big.__floordiv__"
print(Big(10 ** 40) // (10 ** 39), (10 ** 40) // Big(10 ** 39))
