# for over enumerate() in hot loops: lists, tuples, ranges, str, dict views and plain iterators
# as the source; start values (negative, large, beyond 64 bits, crossing 2**63 mid-loop); the
# (i, x) tuple kept whole; a list mutated during the loop.


def floats(xs):
    t = 0.0
    for i, x in enumerate(xs):
        t += x * i
    return t


def starts(xs, start):
    last = None
    total = 0
    for i, x in enumerate(xs, start):
        total += i
        last = (i, x)
    return total, last


def keep_pairs(xs):
    out = []
    for pair in enumerate(xs, 5):
        out.append(pair)
    return out[:3], out[-1], len(out)


def over_kinds():
    d = {"k%d" % k: k for k in range(400)}
    res = []
    s = 0
    for i, k in enumerate(d):
        s += i * len(k)
    res.append(s)
    s = 0
    for i, v in enumerate(d.values()):
        s += i * v
    res.append(s)
    s = 0
    for i, (k, v) in enumerate(d.items()):
        s += i + v + len(k)
    res.append(s)
    s = 0
    for i, ch in enumerate("abcdefghij" * 50):
        s += i * ord(ch)
    res.append(s)
    s = 0
    for i, v in enumerate(range(3, 3000, 7)):
        s += i ^ v
    res.append(s)
    s = 0
    for i, v in enumerate(tuple(range(600))):
        s += i * v
    res.append(s)
    s = 0
    for i, v in enumerate({x * 3 for x in range(500)}):
        s += v
    res.append(s)
    s = 0
    for i, b in enumerate(b"xyz" * 200):
        s += i + b
    res.append(s)
    return res


def mutated(n):
    xs = list(range(10))
    seen = 0
    for i, x in enumerate(xs):
        if len(xs) < n:
            xs.append(x + i)
        if i % 7 == 3:
            xs.pop(0)
        seen += 1
    return seen, len(xs), xs[-3:]


def main():
    xs = [k * 0.5 for k in range(1000)]
    print(sum(floats(xs) for _ in range(20)))
    for start in (0, 1, -500, 2**40, 2**63 - 300, 2**63 + 5, -(2**70), True):
        print(start, starts(list(range(600)), start))
    print(keep_pairs("hello world" * 60))
    print(over_kinds())
    print(mutated(900))
    e = enumerate([1.5] * 700, 2**63 - 350)
    for i, x in e:
        pass
    print(i, x, e.__reduce__()[1][1])


main()
