# Polymorphic attribute sites: one LOAD_ATTR/STORE_ATTR/method site seeing several classes
# (a shared base method over a class hierarchy), more classes than a site caches, and every
# way an entry of such a site becomes wrong (class patched, __class__ changed, instance
# attribute shadowing a method, a data descriptor added to one class of the chain).


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v + self.w

    def bump(self):
        self.v = self.v + 1
        return self.tag()

    def tag(self):
        return "base"


def make(n):
    classes = []
    for k in range(n):
        classes.append(type("C%d" % k, (Base,), {"tag": (lambda self, k=k: "c%d" % k)}))
    return classes


classes = make(7)
objs = [c(k) for k, c in enumerate(classes)] + [Base(100)]


def total(objs):
    s = 0
    tags = []
    for o in objs:
        s += o.get()
        tags.append(o.bump())
    return s, tags


for rnd in range(30):
    r = total(objs[:3] if rnd < 10 else objs)
print(r)

# An extra attribute on one instance gives it another layout.
objs[1].extra = 5
print(total(objs)[0])

# A method shadowed by an instance attribute on one object.
objs[2].tag = lambda: "shadowed"
print(total(objs)[1])

# A class of the chain patched: its method replaced, then a property added over an instance value.
classes[0].tag = lambda self: "patched"
print(total(objs)[1])
classes[1].v = property(lambda self: -1000)
try:
    print(total(objs))
except AttributeError as e:
    print(type(e).__name__)


def getv(o):
    return o.v


print([getv(o) for o in objs])

# __class__ changed on an instance seen by a polymorphic site.
class Other:
    def get(self):
        return 7

    def bump(self):
        return "other-bump"


o = classes[3](3)
for _ in range(20):
    total([o, objs[4], objs[5]])
o.__class__ = Other
print(total([o, objs[4]]))


# Stores: one site adding attributes to instances of several classes, in different orders.
class P:
    pass


class Q:
    pass


class R(P):
    pass


def fill(obj, val):
    obj.a = val
    obj.b = val + 1
    return obj.a + obj.b


items = [P(), Q(), R(), P(), Q()]
items[3].z = 0
print([fill(x, k) for k, x in enumerate(items)] * 1)
for _ in range(20):
    print(sum(fill(x, 2) for x in items), end=" ")
print()
print(sorted(vars(items[3]).items()))


# A slots class in the middle of a polymorphic store site.
class S:
    __slots__ = ("a", "b")


items.append(S())
print([fill(x, 3) for x in items])
try:
    fill(object(), 1)
except AttributeError as e:
    print(type(e).__name__, e)
