# Repeated multiplication that leaves the 64-bit range mid-loop, with modulo bringing it back.


def main():
    acc = 1
    out = []
    for i in range(3000):
        acc = acc * 3
        if acc > 10**40:
            out.append(i)
            acc = acc % 1000003
    print(len(out), out[:5], out[-3:], acc)
    p = 1
    for i in range(1, 3001):
        f = -2 if i % 7 == 0 else 1
        p = p * f
        if i % 1000 == 0:
            print(i, p.bit_length(), p < 0)
    print(p % 1000000007)
    base = 3037000500 - 1500
    last = None
    for i in range(3000):
        n = base + i
        sq = n * n
        if (sq >= 2**63) != (last is not None and last >= 2**63):
            print("crossed at", n, sq)
        last = sq
    print(last)


main()
