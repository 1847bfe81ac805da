# enumerate, zip and range with steps and negative steps in hot loops.


def main():
    t = 0
    for i, v in enumerate(range(3000, 0, -1)):
        t += i * v
    print(t)
    t = 0
    for i, v in enumerate("abc" * 1000, start=-5):
        t += i
    print(t)
    z = 0
    for a, b, c in zip(range(3000), range(5, 10000, 3), "xyz" * 1001):
        z += a + b + len(c)
    print(z)
    r = []
    for start, stop, step in [(0, 3000, 7), (3000, 0, -7), (-10, 3000, 13), (5, -3000, -11)]:
        n = 0
        last = None
        for v in range(start, stop, step):
            n += 1
            last = v
        r.append((n, last, len(range(start, stop, step))))
    print(r)
    for v in range(10, 0, 1):
        print("never")
    big = 0
    for v in range(2**64, 2**64 + 3000):
        big += v - 2**64
    print(big)
    e = list(zip(range(3000), range(3)))
    print(e)
    print(list(enumerate(range(-3, -3000, -997))))


main()
