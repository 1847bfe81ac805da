# __bases__ assignment on a class recomputes the MRO of its subclasses (and what they find).
class A:
    x = 1
class B:
    x = 2
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.x, [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.x, D.x, [k.__name__ for k in D.__mro__], isinstance(d, A), isinstance(d, B))
class E(D):
    def hi(self):
        return "E"
e = E()
print(e.x, [k.__name__ for k in E.__mro__])
C.__bases__ = (A,)
print(e.x, d.x, [k.__name__ for k in E.__mro__])
class M1: pass
class M2: pass
class P(M1, M2): pass


class Z1:
    def who(self):
        return "Z1"


class Z2:
    def who(self):
        return "Z2"


class Mid(Z1):
    pass


class Low(Mid):
    pass


low = Low()
seen = []
for i in range(100):
    seen.append(low.who())
    if i == 30:
        Mid.__bases__ = (Z2,)
    if i == 60:
        Z2.who = lambda self: "Z2 patched"
print(seen[::10])
