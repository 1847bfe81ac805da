# Polymorphic loops over 2, 3 and 4 receiver classes: each class a chain of bridges hanging from
# the loop trace's class guard (bridges of bridges), with branches inside the methods growing
# bridges of their own; the mix of classes changes between runs and mid-run.


class A:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def f(self, x):
        return x + self.v


class B:
    def __init__(self, v):
        self.v = v

    def f(self, x):
        if x & 1:
            return x * 3 - self.v
        return x // 2 + self.v


class C(B):
    def f(self, x):
        r = x - self.v
        if r < 0:
            r = -r
        return r


class D:
    def __init__(self, v):
        self.v = float(v)

    def f(self, x):
        return int(x * 0.5 + self.v)


def loop(objs, n):
    t = 0
    k = len(objs)
    for i in range(n):
        o = objs[i % k]
        t = (t * 7 + o.f(i)) % 1000003
    return t


for objs in ([A(1), B(2)], [A(1), B(2), C(3)], [A(1), B(2), C(3), D(4)],
             [D(1), C(2), B(3), A(4)], [C(5)] * 3 + [A(6)]):
    print(len(objs), [type(o).__name__ for o in objs], loop(objs, 4000))


def shifting(n):
    kinds = [A(1), B(2), C(3), D(4)]
    t = 0
    for i in range(n):
        # the class mix changes every 1000 iterations: new paths grow while old bridges stay hot
        o = kinds[(i // 1000 + i) % (2 + (i // 1000) % 3)]
        t = (t + o.f(i)) % 1000003
    return t


print(shifting(6000))
