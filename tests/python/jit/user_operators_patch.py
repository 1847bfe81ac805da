# User-defined operators in hot loops, and the operator methods patched on the class mid-loop.

class N:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, o):
        return self.v < o.v

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class G:
    def __getattr__(self, name):
        return len(name)


def main():
    acc = N(0)
    for i in range(3000):
        acc = acc + N(1)
        if i == 1000:
            N.__add__ = lambda self, o: N(self.v + 2 * (o.v if isinstance(o, N) else o))
        if i == 2000:
            N.__radd__ = lambda self, o: N(o + self.v)
    print(acc.v, (5 + N(1)).v)
    eqs = 0
    for i in range(3000):
        if N(i % 3) == N(0):
            eqs += 1
        if i == 1500:
            N.__eq__ = lambda self, o: True
    print(eqs)
    lts = 0
    for i in range(3000):
        if i == 1500:
            del N.__lt__
        try:
            lts += N(i) < N(1500)
        except TypeError as e:
            if i == 1500:
                print(type(e).__name__, e)
    print(lts)
    lst = list(range(10))
    r = 0
    for i in range(3000):
        r += lst[Idx(i % 10)] + len(range(Idx(3)))
    print(r)
    g = G()
    z = 0
    for i in range(3000):
        z += g.abc
        if i == 1500:
            G.__getattr__ = lambda self, name: 0
    print(z)


main()
