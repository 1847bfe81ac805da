# Float arithmetic whose result depends on evaluation order: no reassociation, no reciprocal
# multiplication, no fused multiply-add may change a bit of these results.


def main():
    s = 0.0
    for i in range(3000):
        s += 0.1
    print(repr(s))
    a = 0.0
    for i in range(3000):
        a = (a + 1e16) - 1e16 + 1.0
    print(repr(a))
    k = 0.0
    c = 0.0
    for i in range(3000):
        y = 0.1 - c
        t = k + y
        c = (t - k) - y
        k = t
    print(repr(k), repr(c))
    d = 0.0
    for i in range(1, 3001):
        d += i / 10
    print(repr(d))
    m = 0.0
    for i in range(1, 3001):
        m += i * 0.1
    print(repr(m))
    f = 0.0
    x = 1.0000001
    for i in range(3000):
        f = x * x - f * 1e-3
    print(repr(f))
    big = 0.0
    for i in range(3000):
        big = 1e308 * 2 / 2 if i == 2999 else big + 1.0
    print(big)
    h = 1.0
    for i in range(3000):
        h = h * 3.0 / 3.0
    print(repr(h))


main()
