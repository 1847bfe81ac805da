# Algebraic "identities" that do not hold for floats: x*0, x-x, x+0.0, x*1, x/x, -(-x), x==x.
import math


def main():
    vals = [1.5, -0.0, 0.0, float("inf"), float("-inf"), float("nan"), 1e308, -5e-324]
    rows = []
    for i in range(3000):
        x = vals[i % len(vals)]
        r = (x * 0, x - x, x + 0.0, x - 0.0, x * 1, x * -1, 0.0 - x, -(-x), x == x, x != x)
        if i < len(vals):
            rows.append(r)
    for r in rows:
        print(*(repr(v) for v in r))
    cnt = 0
    for i in range(3000):
        x = vals[i % len(vals)]
        try:
            q = x / x
            if q == 1.0:
                cnt += 1
            elif q != q:
                cnt += 100
        except ZeroDivisionError:
            cnt += 10000
    print(cnt)
    signs = []
    for i in range(3000):
        x = vals[i % len(vals)]
        if i < len(vals):
            signs.append(math.copysign(1.0, x + 0.0) + math.copysign(2.0, x * 0.0) + math.copysign(4.0, x - x if x == x else 1.0))
    print(signs)
    ii = 0
    for i in range(3000):
        v = i - 1500
        ii += (v * 0) + (v - v) + (v // 1) - v
    print(ii)


main()
