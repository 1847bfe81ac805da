# Properties, super(), classmethods and __getattribute__ added to a class mid-loop.
F = type("F", (), {})

class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x * 2
    @x.setter
    def x(self, v):
        self._x = v
    def who(self):
        return 1

class B(A):
    def who(self):
        return super().who() + 10

class C:
    v = 3

class D:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1

class E(D):
    pass

class Desc:
    def __get__(self, obj, typ):
        return 42 if obj is not None else "cls"


def main():
    a = A()
    b = B()
    s = 0
    for i in range(3000):
        a.x = i % 5
        s += a.x + b.who()
    print(s)
    c = C()
    t = 0
    for i in range(3000):
        t += c.v
        if i == 1000:
            C.__getattribute__ = lambda self, name: 7
        if i == 2000:
            del C.__getattribute__
    print(t)
    objs = [D(), E()]
    objs[1].extra = 5
    u = 0
    for i in range(3000):
        u += objs[i % 2].a
    print(u, objs[1].extra)
    try:
        for i in range(3000):
            (objs[1] if i < 2999 else objs[0]).b = i
    except AttributeError as e:
        print(i, type(e).__name__, e)
    f = F()
    w = 0
    for i in range(3000):
        if i == 1500:
            F.d = Desc()
        w += getattr(f, "d", 0)
    print(w, F.d)


main()
