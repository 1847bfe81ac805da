# Class-level changes must be seen by attribute lookups made before and after them.


class Base:
    def m(self):
        return "Base.m"

    kind = "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


obj = Leaf()
out = []
for i in range(60):
    out.append(obj.m())
    out.append(obj.kind)
    if i == 10:
        Base.m = lambda self: "patched Base.m"
    if i == 20:
        Mid.m = lambda self: "Mid.m"
    if i == 30:
        del Mid.m
    if i == 40:
        Leaf.kind = "leaf"
    if i == 50:
        del Leaf.kind
        Base.kind = "base2"
print(out[::5])
print(sorted(set(out)))


# A method found once, then shadowed by a subclass attribute added later.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
res = [b.f() for _ in range(5)]
B.f = lambda self: "B.f"
res += [b.f() for _ in range(5)]
print(res)


# __bases__ assignment changes the MRO and what lookups find.
class X:
    def who(self):
        return "X"

    def hello(self):
        return "hello from X"


class Y:
    def who(self):
        return "Y"


class Z(X):
    pass


z = Z()
print([z.who() for _ in range(3)])
Z.__bases__ = (Y,)
print([z.who() for _ in range(3)])
print(hasattr(z, "hello"))
Z.__bases__ = (X,)
print(z.who(), z.hello())


# super() through changed bases.
class P1:
    def g(self):
        return "P1.g"


class P2:
    def g(self):
        return "P2.g"


class C(P1):
    def g(self):
        return "C.g>" + super().g()


c = C()
print([c.g() for _ in range(3)])
C.__bases__ = (P2,)
print([c.g() for _ in range(3)])
P2.g = lambda self: "P2.g patched"
print(c.g())


# Dunder methods replaced after use: slots follow.
class N:
    def __len__(self):
        return 1

    def __repr__(self):
        return "N1"


n = N()
print(len(n), repr(n))
N.__len__ = lambda self: 2
N.__repr__ = lambda self: "N2"
print(len(n), repr(n))
del N.__repr__
print(repr(n).startswith("<__main__.N object"))


# setattr/getattr/delattr on classes by computed names.
class D:
    pass


d = D()
for k in range(20):
    setattr(D, "a%d" % (k % 4), k)
    print(getattr(d, "a%d" % (k % 4)), end=" ")
print()
delattr(D, "a1")
print(hasattr(d, "a1"), hasattr(d, "a2"))


# Class attribute read through the type, then through a metaclass attribute.
class Meta(type):
    tag = "meta"


class K(metaclass=Meta):
    pass


print(K.tag)
K.tag = "own"
print(K.tag)
del K.tag
print(K.tag)
Meta.tag = "meta2"
print(K.tag)
