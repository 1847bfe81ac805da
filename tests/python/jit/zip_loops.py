# for over zip() in hot loops: two and three iterables of every kind the JIT opens (lists,
# tuples, ranges, str, dict views, plain iterators), zip stopping at the shortest, which
# iterator it advanced last (CPython advances them in order and stops at the first exhausted),
# nested enumerate(zip(...)) and zip(enumerate(...), ...), and a list mutated during the loop.


def dot(xs, ys):
    t = 0.0
    for a, b in zip(xs, ys):
        t += a * b
    return t


def three(a, b, c):
    s = 0
    for x, y, z in zip(a, b, c):
        s += x * y - z
    return s


def shortest():
    a = iter(range(1000))
    b = [k for k in range(600)]
    c = iter(tuple(range(800)))
    n = 0
    for x, y, z in zip(a, b, c):
        n += x + y + z
    # a was advanced once more than the 600 items zip made (its 601st item was dropped); c was not
    return n, next(a), next(c)


def kinds():
    d = {k: k * k for k in range(300)}
    out = []
    s = 0
    for k, v in zip(d, d.values()):
        s += k + v
    out.append(s)
    s = 0
    for (k, v), ch in zip(d.items(), "q" * 1000):
        s += k * v + len(ch)
    out.append(s)
    s = 0
    for ch, k in zip("abc" * 300, range(10**6)):
        s += ord(ch) * k
    out.append(s)
    s = 0
    for i, (a, b) in enumerate(zip(range(500), [2] * 700), 1):
        s += i * a * b
    out.append(s)
    s = 0
    for (i, a), b in zip(enumerate(range(400)), (3,) * 450):
        s += i + a + b
    out.append(s)
    s = 0
    e = enumerate(zip(range(700), "xyz" * 150, {k: 0 for k in range(600)}))
    for i, (a, ch, k) in e:
        s += i + a + k + ord(ch)
    out.append((s, i, next(e, "ended")))
    s = 0
    lst = [1] * 900
    it = iter(lst)
    for a, b in zip(it, "w" * 500):
        s += a
    # zip advanced the list iterator once more before finding the str exhausted
    out.append((s, len(list(it))))
    return out


def mutated():
    xs = list(range(50))
    ys = list(range(1000))
    n = 0
    for a, b in zip(xs, ys):
        if a % 3 == 0 and len(xs) < 700:
            xs.append(a + 1)
        n += a + b
    return n, len(xs)


def pairs(xs):
    out = []
    for t in zip(xs, xs[1:]):
        out.append(t)
    return len(out), out[0], out[-1]


def main():
    xs = [k * 0.25 for k in range(1000)]
    print(sum(dot(xs, xs[::-1]) for _ in range(20)))
    print(three(list(range(700)), tuple(range(800)), range(5, 10**5)))
    print(shortest())
    print(kinds())
    print(mutated())
    print(pairs(["v%d" % k for k in range(800)]))


main()
