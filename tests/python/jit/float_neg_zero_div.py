# -0.0, float floor division and modulo of negatives, int true division, in hot loops.
import math


def main():
    z = 0.0
    for i in range(3000):
        z = -z
    print(z, math.copysign(1, z), z == 0.0)
    nz = -0.0
    for i in range(3000):
        nz = nz * 1.0
    print(nz, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0, abs(-0.0))
    rows = []
    for i in range(3000):
        a = (i - 1500) / 7
        b = ((i % 5) - 2.5)
        q = a // b
        m = a % b
        if i % 500 == 0 or i == 1500:
            rows.append((a, b, q, m, divmod(a, b)))
    for r in rows:
        print(*r)
    print(-7.5 // 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 5 % -0.5)
    t = 0.0
    for i in range(1, 3001):
        t += i / 3 - i // 3 + (-i) / 7
    print(t)
    print(10**20 / 3, (2**63) / 2, -(2**53 + 1) / 1, 1 / 3)
    try:
        for i in range(3000):
            v = 1.5 // (i - 2999)
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
    try:
        for i in range(3000):
            v = 1.5 % (i - 2999.0)
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)


main()
