# FOR_ITER over dict iterators and enumerate objects, with and without an unpacked pair:
# every loop runs often enough to specialize, and sites that meet other iterators fall back.
import sys


def keys_values_items(d):
    ks, vs, its, tup = [], [], [], []
    for k in d:
        ks.append(k)
    for v in d.values():
        vs.append(v)
    for k, v in d.items():
        its.append((k, v))
    for kv in d.items():
        tup.append(kv)
    return ks, vs, its, tup


d = {"a": 1, "b": 2, 3: "c", (4, 5): None}
for _ in range(300):
    r = keys_values_items(d)
print(r)


def reversed_views(d):
    out = []
    for k, v in reversed(d.items()):
        out.append(k)
        out.append(v)
    for k in reversed(d):
        out.append(k)
    return out


for _ in range(200):
    r = reversed_views(d)
print(r)


def targets_not_locals(d):
    class Box:
        pass
    b = Box()
    lst = [0, 0]
    acc = []
    for b.k, lst[1] in d.items():
        acc.append((b.k, lst[1]))
    for k, *rest in {"x": "yz", "p": "qr"}.items():
        acc.append((k, rest))
    for (k, (v1, v2)) in {"m": (1, 2)}.items():
        acc.append((k, v1, v2))
    return acc


for _ in range(200):
    r = targets_not_locals(d)
print(r)


def mutate_during(n):
    d = {i: i for i in range(5)}
    seen = []
    try:
        for k, v in d.items():
            seen.append(k)
            if k == n:
                d[100 + k] = 0
    except RuntimeError as e:
        seen.append(str(e))
    try:
        for k in d:
            if k == n:
                del d[k]
                d[k] = 1
    except RuntimeError as e:
        seen.append(str(e))
    return seen


for n in range(-1, 6):
    for _ in range(50):
        r = mutate_during(n)
    print(n, r)


def keys_changed():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    try:
        for k in d:
            out.append(k)
            if k == 1:
                del d[2]
                d[4] = 4
    except RuntimeError as e:
        out.append(str(e))
    return out


for _ in range(100):
    r = keys_changed()
print(r)


def enum(seq, start=0):
    out = []
    for i, x in enumerate(seq, start):
        out.append((i, x))
    for pair in enumerate(seq, start):
        out.append(pair)
    total = 0
    for i, x in enumerate(seq):
        total += i
    return out, total


for seq in ([10, 20, 30], (7, 8), "xyz", range(3, 9, 2), [], iter([5, 6]), (c for c in "gen"), {"k": 1, "j": 2}):
    for _ in range(150):
        r = enum(seq)
    print(r)
print(enum([1, 2, 3], 10))
print(enum("ab", sys.maxsize - 1))
print(enum("abc", -2 ** 70))


def one_site(iterables):
    # one FOR_ITER meets a dict iterator, an enumerate, a list iterator and a generator in turn
    out = []
    for it in iterables:
        for x in it:
            out.append(x)
    return out


src = {"q": 1, "r": 2}
for _ in range(100):
    r = one_site([src.items(), enumerate("ab"), [1, 2], (y for y in (3, 4)), src.values(), enumerate(range(2)), src])
print(r)


def pairs_in_enum(pairs):
    out = []
    for i, (a, b) in enumerate(pairs):
        out.append(i * 100 + a * 10 + b)
    return out


for _ in range(200):
    r = pairs_in_enum([(1, 2), (3, 4), (5, 6)])
print(r)


class D(dict):
    def items(self):
        return [("overridden", True)]


for _ in range(100):
    r = keys_values_items(D(a=1))
print(r)


def enum_error():
    class Bad:
        def __iter__(self):
            return self

        def __next__(self):
            raise ValueError("bad next")
    out = []
    try:
        for i, x in enumerate(Bad()):
            out.append(i)
    except ValueError as e:
        out.append(repr(e))
    return out


for _ in range(100):
    r = enum_error()
print(r)


def traceback_line():
    d = {1: 1}
    for k, v in d.items():
        d[k + 1] = v


try:
    for _ in range(3):
        traceback_line()
except RuntimeError as e:
    print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno - traceback_line.__code__.co_firstlineno)


def zips(a, b, strict=False):
    out = []
    for x, y in zip(a, b, strict=strict):
        out.append((x, y))
    for pair in zip(a, b):
        out.append(pair)
    n = 0
    for x, y in zip(range(len(a)), a):
        n += x
    return out, n


for args in (([1, 2, 3], "abc"), ((1, 2), [3, 4, 5]), ([1, 2, 3], (9,)), ("", [1]), (range(3), range(10, 13))):
    for _ in range(150):
        r = zips(*args)
    print(r)
for args in (([1, 2], "ab"), ([1, 2, 3], "ab"), ([1], "ab"), ([], "a")):
    for _ in range(150):
        try:
            r = zips(*args, strict=True)
        except ValueError as e:
            r = str(e)
    print(r)


def zip_three_and_iters():
    out = []
    for x, y, z in zip([1, 2], "ab", (5, 6)):
        out.append((x, y, z))
    for x, y in zip(iter([1, 2]), (c for c in "xy")):
        out.append((x, y))
    it = iter([7, 8, 9])
    for x, y in zip(it, [0]):
        out.append((x, y))
    out.append(next(it))
    return out


for _ in range(150):
    r = zip_three_and_iters()
print(r)


# enumerate and zip over an object's __getitem__ (Python code runs for each step): not
# specialized, so the caller's line is the for loop's and a step may re-enter the enumerate
class Lines:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return sys._getframe(1).f_lineno - Lines.base


def lines():
    out = []
    for i, x in enumerate(Lines()):
        out.append(x)
    for x, y in zip(Lines(), "abc"):
        out.append(x)
    return out


Lines.base = lines.__code__.co_firstlineno
for _ in range(150):
    r = lines()
print(r)


class Reenter:
    nested = 0

    def __getitem__(self, i):
        if Reenter.nested:
            n, Reenter.nested = Reenter.nested, 0
            for _ in range(n):
                print("nested", next(e)[0])
        return i


def first_index(e):
    for i, x in e:
        return i


for _ in range(150):
    first_index(enumerate("ab"))
for start, n in [(2 ** 63 - 2, 1), (2 ** 63 - 3, 3), (5, 2)]:
    Reenter.nested = n
    e = enumerate(Reenter(), start)
    print("loop got", first_index(e), "then", next(e)[0])
