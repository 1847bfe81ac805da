# Comparisons between ints and floats near 2**53 and 2**63, where conversion loses precision.


def main():
    base = 2**53
    res = []
    for i in range(3000):
        n = base + (i % 4)
        f = float(n)
        res.append((n == f, n < f, n > f, n <= f))
    print(sorted(set(res)), res[:4])
    big = 2**63
    cnt = [0, 0, 0]
    for i in range(3000):
        n = big + i - 1500
        f = 9.223372036854776e18
        cnt[0] += n == f
        cnt[1] += n < f
        cnt[2] += n > f
    print(cnt)
    h = 0
    for i in range(3000):
        n = base + (i % 3)
        h += hash(n) == hash(float(n))
    print(h)
    inf = float("inf")
    nan = float("nan")
    print(10**400 < inf, 10**400 > -inf, 10**400 == nan, -10**400 < 1e308)
    w = 0
    for i in range(3000):
        w += (10**(i % 400)) < 1e300
    print(w)


main()
