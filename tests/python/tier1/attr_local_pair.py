# `local.attr` and `local.method()` run as one LOAD_FAST__LOAD_ATTR dispatch once the attribute
# load is specialized: the pair must behave exactly like the two instructions, whatever form the
# attribute load is in when it runs (instance value, method, class value, property, module,
# generic after a deoptimization), and report errors at the attribute's line.
import math


class P:
    k = 10

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q(P):
    @property
    def x(self):
        return "prop"

    @x.setter
    def x(self, v):
        pass


def read(o):
    return o.x


def call(o):
    return o.norm1()


def klass(o):
    return o.k


def loop(objs):
    out = []
    for o in objs:
        out.append(read(o))
    return out


ps = [P(i, -i) for i in range(6)]
print(loop(ps))
print([call(p) for p in ps])
print([klass(p) for p in ps])

# Shape change mid-loop: an attribute added, then one deleted (dict mode), then __dict__ read.
a = P(1, 2)
b = P(3, 4)
res = []
for step in range(8):
    if step == 2:
        a.z = 5
    if step == 4:
        del b.y
    if step == 6:
        a.__dict__["x"] = 99
    res.append((read(a), read(b)))
print(res)

# More classes than a site caches, then a property class: the site deoptimizes.
classes = [type("C%d" % n, (P,), {}) for n in range(7)]
objs = [c(n, n) for n, c in enumerate(classes)] + [Q(0, 0), P(7, 8)]
print(loop(objs * 2))

# An instance attribute shadowing a method, a class attribute rebound, a data descriptor
# added to the class after the site specialized.
m = P(1, 1)
print(call(m))
m.norm1 = lambda: "shadow"
print(call(m))
print(klass(m))
P.k = 11
print(klass(m))
P.x = property(lambda self: "late")
print(read(m), read(ps[0]), read(b))
del P.x
print(read(m))


# __slots__ instances and module attributes through a local.
class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


print(loop([S(1), S(2), S(3)]))


def pi_of(mod):
    return mod.pi


print([pi_of(math) for _ in range(3)])


# Errors: AttributeError from the pair's second half, UnboundLocalError from its first half,
# also after `del`.
def missing(o):
    return o.nothere


for o in [P(1, 2), P(1, 2), S(3)]:
    try:
        missing(o)
    except AttributeError as e:
        print(type(e).__name__, e)


def unbound(flag):
    if flag:
        o = P(1, 2)
    return o.x


print(unbound(True), unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def deleted():
    o = P(4, 5)
    r = o.x
    del o
    return r + o.x


try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def trace_line(o):
    y = 1
    return (y,
            o.missing_attr)


try:
    trace_line(P(1, 1))
except AttributeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line offset", tb.tb_lineno - trace_line.__code__.co_firstlineno)
