# Hot attribute loads and stores whose cached assumptions are broken mid-loop.
import sys


class C:
    def __init__(self):
        self.x = 1

    def m(self):
        return "m"


objs = [C() for _ in range(4)]
log = []
for i in range(400):
    o = objs[i % 4]
    log.append((o.x, o.m()))
    if i == 100:
        C.m = lambda self: "patched"
    if i == 150:
        objs[1].m = lambda: "instance m"
    if i == 200:
        # a data descriptor now wins over the instance attribute
        C.x = property(lambda self: "prop x")
    if i == 250:
        del C.x
    if i == 300:
        # a non-data descriptor does not win over the instance attribute
        C.x = staticmethod(lambda: "static")
print(sorted(set(map(str, log))))
print(log[::37])


# __getattr__, __getattribute__ and __setattr__ added after instances exist.
class G:
    def __init__(self):
        self.a = "a"


g = G()
seen = []
for i in range(300):
    seen.append(g.a)
    try:
        seen.append(g.missing)
    except AttributeError:
        seen.append("AE")
    if i == 100:
        G.__getattr__ = lambda self, n: "ga:" + n
    if i == 150:
        G.__getattribute__ = lambda self, n: "gattr:" + n
    if i == 200:
        del G.__getattribute__
    if i == 250:
        del G.__getattr__
print(sorted(set(seen)), seen[::41])


class S:
    pass


s = S()
writes = []
for i in range(300):
    s.v = i
    writes.append(s.__dict__.get("v"))
    if i == 100:
        def sa(self, n, v):
            object.__setattr__(self, n, -v)
        S.__setattr__ = sa
    if i == 200:
        del S.__setattr__
print(writes[::29])


# Instance attribute stores that cross shapes and a base class getting a data descriptor.
class B:
    pass


class D(B):
    def __init__(self, n):
        self.n = n


acc = []
for i in range(300):
    d = D(i)
    d.extra = i * 2
    acc.append(d.n + d.extra)
    if i == 150:
        B.n = property(lambda self: 1000, lambda self, v: None)
    if i == 250:
        del B.n
print(acc[::23])


# Property getters, changed mid-loop.
class Pr:
    def __init__(self):
        self._v = 3

    @property
    def v(self):
        return self._v * 2


p = Pr()
vals = []
for i in range(200):
    vals.append(p.v)
    if i == 60:
        p._v = 5
    if i == 120:
        Pr.v = property(lambda self: -self._v)
    if i == 170:
        Pr.v = 42
print(vals[::13])


# Class attributes through the class and through instances.
class K:
    const = 1

    def f(x):
        return x + 1


class KS(K):
    pass


out = []
for i in range(200):
    out.append(K.const + KS.const + KS().const + K.f(i) - i)
    if i == 50:
        KS.const = 10
    if i == 100:
        K.const = 100
    if i == 150:
        K.f = lambda x: x
print(out[::11])

# Module attributes.
mod = type(sys)("fake")
mod.value = 1
res = []
for i in range(200):
    res.append(mod.value)
    if i == 50:
        mod.value = 2
    if i == 100:
        mod.other = 0
        mod.value = 3
    if i == 150:
        del mod.value
        mod.value = 4
try:
    del mod.value
    mod.value
except AttributeError as e:
    print(type(e).__name__, e)
print(res[::9])


# Same code over instances of several classes (polymorphic site).
class A1:
    def __init__(self):
        self.q = "A1"

    def k(self):
        return 1


class A2:
    def __init__(self):
        self.z = 0
        self.q = "A2"

    def k(self):
        return 2


class A3(A1):
    __slots__ = ()


items = [A1(), A2(), A3(), A1()]
tot = []
for i in range(300):
    it = items[i % 4]
    tot.append((it.q, it.k()))
print(sorted(set(tot)), len(tot))


# __class__ assignment of an instance a hot site has seen.
class X1:
    def __init__(self):
        self.v = "x1"

    def who(self):
        return "X1"


class X2:
    def who(self):
        return "X2"


x = X1()
ws = []
for i in range(200):
    ws.append(x.who() + x.v)
    if i == 100:
        x.__class__ = X2
print(sorted(set(ws)))


# __slots__ members in a hot loop, and deletion of a slot member.
class Sl:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


sl = Sl()
z = 0
for i in range(200):
    sl.a = i
    z += sl.a + sl.b
print(z)
del sl.b
try:
    sl.b
except AttributeError as e:
    print(type(e).__name__, e)


# Instance dict taken in the middle of a hot loop.
class H:
    pass


h = H()
h.a = 0
for i in range(200):
    h.a += 1
    if i == 100:
        dd = h.__dict__
        dd["a"] = 1000
    if i == 150:
        h.__dict__ = {"a": -1}
print(h.a, vars(h))
