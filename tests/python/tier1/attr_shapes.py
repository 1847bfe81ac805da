# Instance attributes: storage layout must never show through.


class P:
    pass


# Attributes added in different orders: each instance keeps its own insertion order.
a = P()
a.x = 1
a.y = 2
b = P()
b.y = 3
b.x = 4
print(vars(a), vars(b), a.x, a.y, b.x, b.y)

# __dict__ requested, then attribute writes and deletes: the dict object stays in step.
c = P()
c.one = 1
d = c.__dict__
c.two = 2
print(d, d is c.__dict__)
d["three"] = 3
print(c.three, sorted(dir(c))[-3:])
del c.one
print(d, hasattr(c, "one"))
d.update(four=4, two=22)
print(c.two, c.four, list(c.__dict__))
d.clear()
print(hasattr(c, "two"), vars(c))
c.again = 1
print(d)

# __dict__ replacement.
e = P()
e.a = 1
e.__dict__ = {"b": 2, "c": 3}
print(hasattr(e, "a"), e.b, e.c, vars(e))
e.d = 4
print(vars(e))
try:
    e.__dict__ = [1]
except TypeError as ex:
    print(type(ex).__name__, ex)

# del, then re-add: order follows CPython's dict.
f = P()
f.a, f.b, f.c = 1, 2, 3
del f.b
f.b = 20
print(vars(f))
try:
    del f.zz
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    f.zz
except AttributeError as ex:
    print(type(ex).__name__, ex)

# Many attributes, past any shape limit, in a loop over several instances.
objs = [P() for _ in range(3)]
for k, o in enumerate(objs):
    for i in range(100):
        setattr(o, "attr%d" % ((i * 7 + k) % 100), i)
print([len(vars(o)) for o in objs], objs[0].attr0, objs[1].attr50, list(vars(objs[2]))[:5])
for o in objs:
    for i in range(0, 100, 3):
        delattr(o, "attr%d" % i)
print([len(vars(o)) for o in objs], getattr(objs[0], "attr1"), hasattr(objs[0], "attr3"))

# Same code path storing into instances with different layouts.
def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())
    return [getattr(o, n) for n in sorted(names)]


for names in (["a", "b"], ["b", "a"], ["a", "c", "b"], ["a", "b"]):
    print(fill(P(), names))


class Pt:
    def __init__(self, x, y, swap):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def s(self):
        return self.x - self.y


pts = [Pt(i, 2 * i, i % 2) for i in range(20)]
print(sum(p.s() for p in pts), [list(vars(p)) for p in pts[:2]])

# Non-str-exact names: str subclasses as attribute names.
class S(str):
    pass


g = P()
setattr(g, S("name"), 5)
print(g.name, vars(g), type(list(vars(g))[0]).__name__)
g.name = 6
print(vars(g))

# Non-string keys put into __dict__ directly.
h = P()
h.__dict__[1] = "one"
h.ok = True
print(vars(h), h.ok)

# Class attribute shadowed by an instance attribute, and un-shadowed by del.
class Q:
    v = "class"

    def meth(self):
        return "method"


q = Q()
print(q.v, q.meth())
q.v = "inst"
q.meth = lambda: "inst-callable"
print(q.v, q.meth(), Q.v)
del q.v, q.meth
print(q.v, q.meth())

# __class__ assignment keeps the attributes.
class R1:
    def who(self):
        return "R1 " + str(self.val)


class R2:
    def who(self):
        return "R2 " + str(self.val)


r = R1()
r.val = 7
print(r.who())
r.__class__ = R2
r.other = 8
print(r.who(), vars(r), type(r).__name__)
r.__class__ = R1
print(r.who(), r.other)

# __slots__ classes, with and without __dict__.
class SL:
    __slots__ = ("a", "b")


s = SL()
s.a = 1
try:
    s.c = 3
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    s.__dict__
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(s.a, hasattr(s, "b"))


class SLD(SL):
    pass


t = SLD()
t.a = 1
t.c = 3
print(t.a, t.c, vars(t))

# Instances of a subclass and a base mixed in one loop.
class Base:
    def __init__(self):
        self.n = 0


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.m = 1


tot = 0
for o in [Base(), Sub(), Base(), Sub()] * 5:
    o.n += 1
    tot += o.n + getattr(o, "m", 10)
print(tot)
