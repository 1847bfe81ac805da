# Calls with *args and **kwargs (CALL_FUNCTION_EX, DICT_MERGE) and dict displays with **m
# (DICT_UPDATE) inside hot loops: plain functions, bound methods, builtins and classes as
# callees, mappings whose keys() and __getitem__ are Python code, and the TypeErrors CPython
# raises (not iterable, not a mapping, keyword not a str, a keyword given twice) from an
# iteration late in the loop, with the traceback's lines.
import traceback


def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + len(rest) + len(kw)


class Box:
    def __init__(self, *items, **named):
        self.n = len(items) + len(named)

    def total(self, *xs, scale=1):
        return sum(xs) * scale


class Mapping:
    """A mapping that is not a dict: merging it runs its keys() and __getitem__."""

    def __init__(self, n):
        self.n = n
        self.calls = 0

    def keys(self):
        self.calls += 1
        return ["k%d" % j for j in range(self.n)]

    def __getitem__(self, key):
        return int(key[1:]) + 1


def star_calls(n):
    total = 0
    args = (1, 2, 3)
    kw = {"c": 10, "d": 20}
    box = Box()
    m = Mapping(2)
    for i in range(n):
        total += f(*args)
        total += f(i, *args, **kw)
        total += f(**{"a": i})
        total += f(i, **m)
        total += box.total(*args, scale=2)
        total += Box(*args, x=i).n
        total += max(*args, i % 5)
        total += len({**kw, **m, "i": i})
        if i % 500 == 0:
            args = args + (i,)
    return total, m.calls, len(args)


print("star calls", star_calls(3000))


def failing(n, bad_at, bad, star):
    good = (1, 2) if star else {"a": 1}
    total = 0
    for i in range(n):
        arg = bad if i == bad_at else good
        try:
            total += f(*arg) if star else f(**arg)
        except TypeError as e:
            print("  at", i, type(e).__name__, e)
            print("  lines", [fr.lineno - failing.__code__.co_firstlineno for fr in traceback.extract_tb(e.__traceback__)])
    return total


print("not iterable", failing(3000, 2500, 5, True))
print("not a mapping", failing(3000, 2600, 7, False))


def kw_errors(n):
    out = []
    for i in range(n):
        try:
            if i == 2100:
                f(**{1: 2})
            elif i == 2200:
                f(1, **{"a": 2})
            elif i == 2300:
                f(1, **Mapping(1), **{"k0": 5})
            elif i == 2400:
                d = {**[1, 2]}
            else:
                f(i, **{"c": i})
        except TypeError as e:
            out.append((i, str(e)))
    return out


for item in kw_errors(3000):
    print("kw error", item)


def rebinding(n):
    # the callee changes mid-loop: the residual call follows it
    global f
    saved = f
    total = 0
    for i in range(n):
        if i == 1500:
            f = lambda *a, **k: 1000
        total += f(*(1, 2), **{"c": 1})
    f = saved
    return total


print("rebinding", rebinding(3000))
