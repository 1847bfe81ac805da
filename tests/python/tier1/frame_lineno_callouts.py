# The caller's line (sys._getframe(1).f_lineno) seen by a user dunder that an
# instruction other than CALL runs: subscripts, `in`, comparisons, displays,
# attribute stores and loads. Each statement is on its own line, run at module
# level and in a loop inside a function (so specialized forms run too).
import sys


def where(tag):
    print(tag, sys._getframe(2).f_lineno)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        where("hash")
        return hash(self.v)

    def __eq__(self, o):
        where("eq")
        return isinstance(o, K) and self.v == o.v

    def __lt__(self, o):
        where("lt")
        return self.v < o.v

    def __add__(self, o):
        where("add")
        return K(self.v + o.v)


class Seq:
    def __getitem__(self, k):
        where("getitem")
        return k

    def __setitem__(self, k, v):
        where("setitem")

    def __delitem__(self, k):
        where("delitem")

    def __contains__(self, k):
        where("contains")
        return True


class S:
    def __setattr__(self, n, v):
        where("setattr")
        object.__setattr__(self, n, v)

    def __getattr__(self, n):
        where("getattr")
        return 0


class P:
    @property
    def a(self):
        where("getter")
        return 1

    @a.setter
    def a(self, v):
        where("setter")


def run(n):
    for _ in range(n):
        d = {}
        p = K(1)
        q = K(1)
        d[p] = 1
        x = d[q]
        del d[q]
        d[p] = 2
        print(q in d)
        print(p == q)
        print(p < q)
        r = p + q
        m = {p: 1, q: 2}
        s = {p, q}
        t = Seq()
        t[1] = 2
        y = t[3]
        del t[4]
        print(5 in t)
        if 6 in t:
            pass
        o = S()
        o.a = 1
        z = o.missing
        pp = P()
        pp.a = 3
        w = pp.a
        d[p] += 1
        lst = [p]
        print(q in lst)


run(1)
run(3)
