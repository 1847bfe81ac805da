# `if x:` where x takes every kind of truth value, including user __bool__ and __len__.

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Bad:
    def __bool__(self):
        return 2

class NegLen:
    def __len__(self):
        return -1


def main():
    vals = [0, 1, 0.0, -0.5, "", "a", [], [0], (), None, B(0), B(1), L(0), L(2), 2**70, 0j, {}, {0: 0}]
    counts = [0] * len(vals)
    for i in range(3000):
        k = i % len(vals)
        if vals[k]:
            counts[k] += 1
    print(counts)
    n = 0
    for i in range(3000):
        v = vals[i % len(vals)]
        n += (not v) + (v and 1 or 2)
    print(n)
    try:
        for i in range(3000):
            if (Bad() if i == 2999 else 1):
                pass
    except TypeError as e:
        print(i, type(e).__name__, e)
    try:
        if NegLen():
            pass
    except ValueError as e:
        print(type(e).__name__, e)


main()
