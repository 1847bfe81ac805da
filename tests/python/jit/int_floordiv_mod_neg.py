# Floor division and modulo with negative operands in a hot loop (Python rounds toward -inf).


def main():
    rows = []
    qs = 0
    ms = 0
    for i in range(-1500, 1500):
        d = (i % 7) - 3
        if d == 0:
            d = 5
        q = i // d
        m = i % d
        qs += q
        ms += m
        if i in (-1500, -7, -1, 0, 1, 7, 1499):
            rows.append((i, d, q, m, divmod(i, d)))
    for r in rows:
        print(*r)
    print(qs, ms)
    big = -(2**64) - 7
    s = 0
    for i in range(1, 3001):
        s += big // i + big % i
    print(s)
    m = -(2**63)
    for i in range(3000):
        r = m // -1
    print(r, m % -1, -m)


main()
