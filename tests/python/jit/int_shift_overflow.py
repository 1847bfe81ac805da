# Left shifts that overflow mid-loop, right shifts of negatives, and shift errors in a hot loop.


def main():
    vals = []
    for i in range(3000):
        s = i % 80
        v = 1 << s
        w = (-3) << s
        vals.append((v >> s, w >> s, v.bit_length()))
    print(vals[0], vals[63], vals[64], vals[79], vals[2999])
    total = 0
    for i in range(3000):
        total += (i << (i % 70)) >> (i % 70)
    print(total)
    neg = []
    for i in range(3000):
        neg.append((-i) >> 3)
    print(neg[:10], neg[-3:], sum(neg))
    big = 2**200 + 12345
    r = 0
    for i in range(3000):
        r ^= big >> (i % 210)
    print(r)
    errors = 0
    for i in range(3000):
        try:
            1 << (-1 if i == 2500 else 2)
        except ValueError as e:
            errors += 1
            print(i, type(e).__name__, e)
    print(errors)


main()
