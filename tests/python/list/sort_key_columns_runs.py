# list.sort over int, str and 2-tuple keys whose input already holds runs: ascending, strictly
# and non-strictly descending, sawtooth, organ pipe, a sorted list with a few keys moved, runs
# around the minimum run length, reverse=True over sorted and reversed input. Equal keys must keep
# their order (each item carries its position), and the result must be CPython's.

class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % n


rng = Rng(11)


def digest(xs):
    h = 0
    for x in xs:
        h = (h * 1000003 + hash(x)) & 0xFFFFFFFFFFFF
    return h


def check(name, keys, reverse=False):
    items = [(k, i) for i, k in enumerate(keys)]
    got = sorted(items, key=lambda t: t[0], reverse=reverse)
    # a reference the columns cannot reach: keys compared through a Python __lt__
    class K:
        __slots__ = ("k",)

        def __init__(self, k):
            self.k = k

        def __lt__(self, other):
            return self.k < other.k

    ref = sorted(items, key=lambda t: K(t[0]), reverse=reverse)
    ok = got == ref
    plain = sorted(keys, reverse=reverse)
    print(f"{name:28} n={len(keys):6} ok={ok} plain={plain == [k for k, _ in ref]} "
          f"{digest(i for _, i in got)}")


def shapes(n, make):
    yield "ascending", [make(i) for i in range(n)]
    yield "descending", [make(n - i) for i in range(n)]
    yield "descending dups", [make((n - i) // 3) for i in range(n)]
    yield "ascending dups", [make(i // 4) for i in range(n)]
    yield "all equal", [make(7)] * n
    yield "sawtooth 100", [make(i % 100) for i in range(n)]
    yield "sawtooth down 37", [make(37 - i % 37) for i in range(n)]
    yield "organ pipe", [make(min(i, n - i)) for i in range(n)]
    moved = [make(i) for i in range(n)]
    for _ in range(max(1, n // 50)):
        a, b = rng.below(n), rng.below(n)
        moved[a], moved[b] = moved[b], moved[a]
    yield "sorted, some swapped", moved
    yield "random", [make(rng.below(n)) for _ in range(n)]
    yield "runs of 31", [make((i // 31) * 7 - (i % 31)) for i in range(n)]
    yield "runs of 65 desc", [make(-(i // 65) * 3 + (i % 65) * 0 - i) for i in range(n)]


def as_int(v):
    return v * 7 - 1000


def as_str(v):
    return "k%07d" % v


def as_long_str(v):
    return "common-prefix-of-twenty/" + str(v).zfill(9)


def as_pair(v):
    return (v % 5, "w" + str(v // 5).zfill(6))


for n in (2, 3, 31, 32, 33, 63, 64, 65, 1000, 5000):
    for kind, make in (("int", as_int), ("str", as_str), ("long str", as_long_str), ("pair", as_pair)):
        for shape, keys in shapes(n, make):
            check(f"{kind} {shape}", keys)
            if n >= 1000 or shape in ("ascending", "descending"):
                check(f"{kind} {shape} rev", keys, reverse=True)

# in place, reverse=True over presorted lists, and list.sort's own result
xs = list(range(20000))
xs.sort(reverse=True)
print(xs[:3], xs[-3:])
xs.sort()
print(xs[:3], xs[-3:])
ws = [as_str(i) for i in range(20000, 0, -1)]
ws.sort()
print(ws[:2], ws[-2:])
ws.sort(reverse=True)
print(ws[:2], ws[-2:])
