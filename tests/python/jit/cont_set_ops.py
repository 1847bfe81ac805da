# set add/discard/membership and set algebra in hot loops (ints only: order is deterministic).


def main():
    s = set()
    for i in range(3000):
        s.add(i % 313)
        if i % 5 == 0:
            s.discard(i % 17)
    print(len(s), sorted(s)[:10])
    hits = 0
    for i in range(3000):
        if i in s:
            hits += 1
    print(hits)
    a = set(range(0, 3000, 2))
    b = set(range(0, 3000, 3))
    u = i_ = d = x = 0
    for k in range(3000):
        if k in a | b:
            u += 1
        if k in a & b:
            i_ += 1
        if k in a - b:
            d += 1
        if k in a ^ b:
            x += 1
        if k == 5:
            break
    print(u, i_, d, x, len(a | b), len(a & b), len(a - b), len(a ^ b))
    fs = frozenset([1, 2, 3])
    c = 0
    for i in range(3000):
        if {i % 4} <= fs:
            c += 1
    print(c)


main()
