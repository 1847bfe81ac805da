# Specialized builtin calls (len, isinstance, type(x), list.append, builtin methods and
# functions) and FOR_ITER over generators: the fast forms, and every way they must fall back
# (the builtin rebound globally or in builtins, a list subclass, another self type, errors
# raised inside, keywords, a generator swapped for another iterator).
import builtins


class L(list):
    def append(self, x):
        list.append(self, x * 10)


class Sized:
    def __len__(self):
        return 7


def lens(xs):
    return [len(x) for x in xs]


def checks(objs):
    return [(isinstance(o, int), isinstance(o, (str, list)), type(o).__name__) for o in objs]


def appends(target, n):
    for k in range(n):
        target.append(k)
    return target


def methods(s, words):
    out = []
    for w in words:
        out.append(s.upper() + w.lower())
        out.append(",".join([w, s]))
    return out


for _ in range(20):
    r1 = lens(["ab", (1, 2, 3), {1: 2}, Sized(), range(5)])
    r2 = checks([1, "s", [2], True, 2.5])
    r3 = appends([], 5)
    r4 = methods("Ab", ["Cd", "eF"])
print(r1, r2, r3, r4)
print(appends(L(), 4))
print(appends([], 3), appends(L(), 2))

try:
    lens([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    checks([1]) and isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    methods(5, ["x"])
except AttributeError as e:
    print(type(e).__name__, e)


class Bad:
    def __len__(self):
        raise ValueError("no length")


try:
    lens([Bad()])
except ValueError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 3


class Three(metaclass=Meta):
    pass


print([isinstance(k, Three) for k in range(5)])

# Rebinding the builtins the sites were specialized for.
len = lambda x: -1
print(lens(["abc"]))
del len
print(lens(["abc"]))
real_isinstance = builtins.isinstance
builtins.isinstance = lambda o, c: "patched"
print(checks([1]))
builtins.isinstance = real_isinstance
print(checks([1]))

# type() with one argument and three.
print([type(x) for x in (1, "a", None)], type("T", (), {}).__name__)


def describe(v):
    return type(v)


for _ in range(10):
    describe(1)
type = lambda v: "not type"
print(describe(1))
del type

# Builtin functions and methods with keywords and with the wrong self.
def joined(items):
    return sorted(items, key=None, reverse=True)


for _ in range(10):
    joined([3, 1, 2])
print(joined([3, 1, 2]), sorted([2, 1]))
up = str.upper
for s in ["a", "b"]:
    print(up(s), end=" ")
try:
    up(5)
except TypeError as e:
    print(type(e).__name__, e)


def gen(n):
    for k in range(n):
        yield k * k


def total(it):
    s = 0
    for v in it:
        s += v
    return s


for _ in range(20):
    total(gen(10))
print(total(gen(10)), total([1, 2, 3]), total(iter((4, 5))), total(x for x in range(4)))


def broken():
    yield 1
    raise KeyError("inside")


try:
    total(broken())
except KeyError as e:
    print(type(e).__name__, e)


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


log = []
print(total(with_finally(log)), log)


def delegating():
    yield from gen(3)
    return 99


print(total(delegating()))

g = gen(3)
next(g)
print(total(g))


def reentrant():
    yield total(me)


me = reentrant()
try:
    total(me)
except ValueError as e:
    print(type(e).__name__, e)

# int(x), float(x), str(x), tuple(x) with one argument: exact values, then everything else.
class MyInt(int):
    def __int__(self):
        return 5


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 0.25

    def __str__(self):
        return "Num!"


def conv(vals):
    out = []
    for v in vals:
        row = []
        for t in (int, float, str, tuple):
            try:
                row.append(t(v))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        out.append(row)
    return out


for _ in range(20):
    conv([3.9, -2.5, 7, [1], (2,), "12"])
print(conv([3.9, -2.5, 7, -0.0, 1e300, 2 ** 70, [1, 2], (2,), "12", "x", True, MyInt(9), Num(), None]))
print(conv([float("nan"), float("inf"), 10 ** 400]))
int = lambda v: "rebound"
print(conv([1.5])[0][0])
del int

# An error raised by a specialized builtin call, uncaught: the traceback points at the call.
lens(["ok", None])
