# Float attributes a trace stores and reads without boxing them (kept as raw doubles in the
# instance): every way of looking at such an attribute afterwards sees the same float, and the
# same object each time, as CPython.
import copy
import pickle


class P:
    def __init__(self, t):
        self.x = t * 0.5
        self.y = t * 0.25 + 1.0
        self.z = -t

    def scale(self, k):
        x = self.x
        y = self.y
        self.x = x * k
        self.y = y * k
        self.z = self.z * k


class Q(P):
    pass


def build(n):
    ps = []
    for i in range(n):
        ps.append(P(i * 1.0))
    return ps


ps = build(3000)
for p in ps:
    p.scale(2.0)
total = 0.0
for p in ps:
    total += p.x - p.y + p.z
print("total", total)

p = ps[1234]
print("values", p.x, p.y, p.z, type(p.x).__name__)
print("same object", p.x is p.x, p.y is p.y)
a = p.x
print("kept", a is p.x)
print("vars", sorted(vars(p).items()))
print("dict read", p.__dict__["y"], p.__dict__["y"] is p.y)

# an int arriving in a slot that held raw floats, from tier 1 and from a trace
q = ps[10]
q.x = 7
print("int arrived", q.x, type(q.x).__name__)
for i, p in enumerate(ps):
    if i % 1000 == 999:
        p.y = i
    p.scale(1.0)
print("after ints", q.x, type(q.x).__name__, ps[999].y, type(ps[999].y).__name__, ps[998].y)

# deleting a raw attribute, writing through __dict__
r = ps[20]
del r.z
print("deleted", hasattr(r, "z"), sorted(vars(r)))
r.__dict__["z"] = 2.5
print("dict write", r.z)
s = ps[21]
s.__dict__["x"] = "str"
print("dict write 2", s.x, s.y)

# __class__ assignment keeps the attributes
t = ps[22]
t.__class__ = Q
print("class", type(t).__name__, t.x, t.y, t.z)

# getattr / setattr by name
u = ps[23]
setattr(u, "x", getattr(u, "y") + 1.0)
print("getattr", getattr(u, "x"), u.x is getattr(u, "x"))

# copy and pickle
c = copy.copy(ps[24])
d = copy.deepcopy(ps[25])
e = pickle.loads(pickle.dumps(ps[26]))
print("copies", (c.x, c.y, c.z), (d.x, d.y, d.z), (e.x, e.y, e.z))
print("copy shares", c.x is ps[24].x)


# special values stay exactly what was stored
class S:
    def __init__(self, v):
        self.v = v * 1.0


specials = [float("nan"), float("inf"), -float("inf"), -0.0, 0.0, 1e308, 5e-324]
out = []
for i in range(3000):
    out.append(S(specials[i % len(specials)]))
print("specials", [repr(o.v) for o in out[:7]], out[0].v is out[0].v, out[0].v != out[0].v)
print("neg zero", str(out[3].v), 1.0 / out[5].v if False else "skip")


# a float subclass is stored as the object it is
class F(float):
    pass


fs = []
for i in range(3000):
    o = S(1.0)
    if i == 2500:
        o.v = F(3.5)
    fs.append(o)
acc = 0.0
for o in fs:
    acc += o.v
print("subclass", type(fs[2500].v).__name__, acc)


# an exit between a raw read and the next store: the local read before it is the attribute
class Acc:
    def __init__(self):
        self.s = 0.0
        self.n = 0.0


def run(acc, items):
    kept = None
    for it in items:
        s = acc.s
        if it is None:
            kept = s
            break
        acc.s = s + it
        acc.n = acc.n + 1.0
    return kept


acc = Acc()
items = [0.5] * 2000 + [None]
k = run(acc, items)
print("exit read", k, acc.s, k is acc.s, acc.n)


# many attributes, beyond the shape limit and just under it
class Wide:
    def __init__(self, n, base):
        for i in range(n):
            setattr(self, "a%d" % i, base + i)


ws = [Wide(40, j * 1.0) for j in range(50)] + [Wide(60, j * 1.0) for j in range(50)]
sw = 0.0
for w in ws:
    sw += w.a0 + w.a39
    w.a39 = w.a39 * 2.0
print("wide", sw, ws[3].a39, ws[70].a39, len(vars(ws[70])))


# a box both stored and kept in a local the next exit names
class Pair:
    def __init__(self):
        self.v = 0.0


def keep(pairs):
    last = None
    for i in range(len(pairs)):
        pr = pairs[i]
        v = i * 0.5
        pr.v = v
        if i == 2500:
            return v, pr
    return last


v, pr = keep([Pair() for _ in range(3000)])
print("local and attribute", v, pr.v, v is pr.v)


# a float read from one attribute and stored into another is one object
class Two:
    def __init__(self, x):
        self.a = x * 1.0
        self.b = None


twos = [Two(i) for i in range(3000)]
for w in twos:
    w.b = w.a
print("copied attr", twos[5].a is twos[5].b, twos[2999].b)


# an exit that names a float read from an attribute gives the attribute's object
def look(o, res):
    x = o.x
    y = o.y * 2.0
    if y < 0:
        res.append(x is o.x)
        res.append(x)


def probe(objs):
    res = []
    for o in objs:
        look(o, res)
    return res


objs = build(3000)
for i in (100, 1500, 2999):
    objs[i].y = -1.0
print("exit names read", probe(objs))
