# Tuple packing and unpacking in hot loops (a, b = b, a + b), starred targets, swaps.


def main():
    a, b = 0, 1
    for i in range(3000):
        a, b = b, a + b
    print(a % 10**12, b.bit_length())
    x, y, z = 1, 2, 3
    for i in range(3000):
        x, y, z = z, x, y
    print(x, y, z)
    s = 0
    pairs = [(i, i * 2) for i in range(3000)]
    for p, q in pairs:
        s += q - p
    print(s)
    first = last = 0
    for i in range(3000):
        h, *mid, t = range(i % 5 + 2)
        first += h
        last += t + len(mid)
    print(first, last)
    tups = []
    for i in range(3000):
        t = (i, (i + 1, i + 2))
        u, (v, w) = t
        tups.append(u + v + w)
    print(sum(tups))
    try:
        for i in range(3000):
            m, n = (1, 2) if i < 2500 else (1, 2, 3)
    except ValueError as e:
        print(i, type(e).__name__, e)
    try:
        for i in range(3000):
            m, n = [1, 2] if i < 2500 else [1]
    except ValueError as e:
        print(i, type(e).__name__, e)


main()
