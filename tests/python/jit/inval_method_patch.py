# Monkey-patching a method on the class in the middle of a hot loop.

class A:
    def f(self):
        return 1

class Base:
    def g(self):
        return "base"

class Sub(Base):
    pass

class C:
    def h(self):
        return 1

class X:
    def w(self):
        return "X"

class Y:
    def w(self):
        return "Y"

class Z(X):
    pass


def main():
    a = A()
    s = 0
    for i in range(3000):
        s += a.f()
        if i == 1000:
            A.f = lambda self: 10
        if i == 2000:
            del A.f
            A.f = lambda self: 100
    print(s)
    o = Sub()
    seen = []
    for i in range(3000):
        r = o.g()
        if not seen or seen[-1][1] != r:
            seen.append((i, r))
        if i == 1200:
            Base.g = lambda self: "patched-base"
        if i == 2400:
            Sub.g = lambda self: "sub"
    print(seen)
    c = C()
    t = 0
    for i in range(3000):
        t += c.h()
        if i == 1000:
            c.h = lambda: 5
        if i == 2000:
            del c.h
    print(t)
    z = Z()
    ws = []
    for i in range(3000):
        ws.append(z.w())
        if i == 1500:
            Z.__bases__ = (Y,)
    print(ws.count("X"), ws.count("Y"))


main()
