# Starred unpacking in traced loops (UNPACK_EX, residual): tuples and lists, names before and after
# the star, an empty starred part, and ValueError of a sequence too short raised inside the hot
# loop, as tier 1 raises it.


def main():
    rows = [(k, k + 1, k + 2, k + 3) for k in range(3000)]
    acc = 0
    for row in rows:
        a, *mid, z = row
        acc += a + z + len(mid)
        first, *rest = list(row)
        *init, last = row
        acc += first + len(rest) + last + init[-1]
    print(acc)
    pairs = [(k, k) for k in range(3200)]
    n = 0
    for p in pairs:
        x, *empty, y = p
        n += len(empty) + x - y
    print(n)
    short = [(1, 2, 3)] * 3300 + [(1,)]
    count = 0
    try:
        for t in short:
            a, b, *c = t
            count += a + b + len(c)
    except ValueError as e:
        print(type(e).__name__, e, count)


main()
