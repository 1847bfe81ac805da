# Unary minus, abs, ~ and increments exactly at the 64-bit boundaries, in hot loops.
LO = -(2**63)
HI = 2**63 - 1


def main():
    res = []
    for i in range(3000):
        x = LO + (i % 3)
        y = HI - (i % 3)
        a = -x
        b = abs(x)
        c = ~x
        d = y + 1
        e = x - 1
        if i < 3:
            res.append((a, b, c, d, e, -y, ~y))
    for r in res:
        print(*r)
    n = 0
    for i in range(3000):
        v = LO if i % 2 else HI
        n += (-v) - v
    print(n)
    m = HI
    for i in range(3000):
        m = -m - (1 if i % 2 == 0 else -1)
    print(m)
    z = 0
    for i in range(3000):
        z = (z + HI) % (2**64)
    print(z)
    q = 1
    for i in range(3000):
        q = -q * (2 if i % 100 == 0 else 1)
    print(q.bit_length(), q < 0)


main()
