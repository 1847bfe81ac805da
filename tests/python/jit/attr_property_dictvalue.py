# Properties read in traced loops (a residual call of the getter) and attributes read from the
# instance dicts of exceptions, functions and builtin subclass instances: the getter's side
# effects, its exceptions and tracebacks, a property replaced on the class, and a dict entry
# rebound or deleted mid-loop all give CPython's results.
import traceback


class Counter:
    def __init__(self):
        self._n = 0
        self.reads = 0

    @property
    def n(self):
        self.reads += 1
        return self._n

    @property
    def fragile(self):
        if self._n > 2000:
            raise ValueError("too big: %d" % self._n)
        return self._n


def sum_property(k):
    c = Counter()
    s = 0
    for i in range(k):
        c._n = i
        s += c.n
    return s, c.reads


def raising_property(k):
    c = Counter()
    s = 0
    try:
        for i in range(k):
            c._n = i
            s += c.fragile
    except ValueError as e:
        lines = traceback.format_exc().splitlines()
        return s, str(e), [l.strip() for l in lines if l.strip().startswith(("s +=", "raise"))]
    return s, None


def replaced_property(k):
    class P:
        @property
        def v(self):
            return 1
    p = P()
    s = 0
    for i in range(k):
        if i == k // 2:
            P.v = property(lambda self: 10)
        s += p.v
    return s


class Failure(Exception):
    pass


def exception_values(k):
    e = Failure("boom")
    e.code = 3
    s = 0
    for i in range(k):
        if i == k // 2:
            e.code = 5
        if i == k - 5:
            del e.code
        try:
            s += e.code
        except AttributeError:
            s += 1000
    return s


class Tagged(list):
    pass


def subclass_values(k):
    t = Tagged([1, 2])
    t.weight = 2
    s = 0
    for i in range(k):
        s += t.weight * len(t)
        if i == k // 3:
            t.weight = 7
    return s


def function_values(k):
    def f():
        pass
    f.hits = 0
    for i in range(k):
        f.hits += 1
    return f.hits


for k in (3000, 7, 3000):
    print(k, sum_property(k), raising_property(k), replaced_property(k), exception_values(k),
          subclass_values(k), function_values(k))
