# >> and << in traced loops (a linear congruential generator, bit counting), shifts that leave
# 64 bits and come back, shift counts of 63 and more, and ValueError of a negative shift count
# raised inside the hot loop, as tier 1 raises it.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def bits(x):
    n = 0
    while x:
        n += x & 1
        x >>= 1
    return n


def main():
    rng = Rng(42)
    print(sum(rng.below(1000) for _ in range(5000)))
    print(bits(2**200 - 1), bits(12345678901234567890), bits((2**130 - 1) >> 70))
    acc = 0
    for k in range(4000):
        v = 1 << (k % 130)
        acc ^= v >> (k % 67)
        acc += (k << 57) >> 57
    print(acc)
    counts = [k % 50 - 2 for k in range(3500)] + [-1]
    total = 0
    try:
        for c in counts:
            if c >= 0:
                total += (3 << c) >> c
    except ValueError as e:
        print(type(e).__name__, e, total)
    else:
        print("no error", total)
    total = 0
    try:
        for k in range(4000):
            total += 1000 >> (3000 - k)
    except ValueError as e:
        print(type(e).__name__, e, total)


main()
