# int -> float conversion in hot loops where the int has more than 53 significant bits
# (round half to even), and int + float near 2**53 and 2**62.


def main():
    res = []
    for i in range(3000):
        n = 2**53 + (i % 8)
        res.append(float(n) - 2**53)
    print(res[:8], sum(res))
    acc = []
    for i in range(3000):
        n = 2**62 + (i % 2048) * 97
        acc.append(n + 0.5)
    print(acc[:3], acc[-1], len(set(acc)))
    t = 0.0
    for i in range(3000):
        n = (2**63 - 1) - i
        t = float(n)
    print(t, float(2**63 - 1) == 2.0**63)
    q = []
    for i in range(3000):
        n = -(2**53) - (i % 6)
        q.append(n / 1)
    print(q[:6])
    big = 0
    for i in range(3000):
        big = (2**64 + i) * 1.0
    print(big, int(big) - 2**64)
    tr = []
    for i in range(3000):
        n = 3**(i % 45)
        tr.append(n / 7)
    print(tr[44], tr[40], sum(tr) > 0)


main()
