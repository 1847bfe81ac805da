# C(args) through the class-call form, which caches the class's __init__ while the class's
# version is unchanged: every later change to the class or a base is seen at the same call site
# (__init__ replaced, __new__ or __del__ added, __abstractmethods__ set, a base's __init__
# replaced, the metaclass changed), as are changes to the __init__ function itself
# (__code__, __defaults__), and sites that see several classes.


class Base:
    def __init__(self, x, y=0):
        self.v = ("base", x, y)


class P(Base):
    pass


class Q:
    def __init__(self, x):
        self.v = ("q", x)


def make(cls, n, x=1):
    out = []
    for k in range(n):
        out.append(cls(x + k).v)
    return out


print(make(P, 3))


def new_init(self, x, y=5):
    self.v = ("new", x, y)


P.__init__ = new_init
print(make(P, 2))
del P.__init__
print(make(P, 2))
Base.__init__ = lambda self, x: setattr(self, "v", ("lambda", x))
print(make(P, 2))


def init3(self, x, y=7):
    self.v = ("init3", x, y)


Base.__init__ = init3
print(make(P, 2))
init3.__defaults__ = (8,)
print(make(P, 2))


def other(self, x, y=9):
    self.v = ("other code", x, y)


init3.__code__ = other.__code__
print(make(P, 2))


def two_args(self, x, y):
    self.v = ("two", x, y)


init3.__code__ = two_args.__code__
print(make(P, 1))
init3.__defaults__ = None
try:
    make(P, 1)
except TypeError as e:
    print(type(e).__name__, e)
init3.__defaults__ = (8,)
init3.__code__ = other.__code__

print(make(P, 2), make(Q, 2))
for k in range(6):
    print(make(P if k % 2 else Q, 1))


def created(self, *a):
    print("new called with", a)
    return object.__new__(self)


P.__new__ = created
print(make(P, 2))


class R:
    def __init__(self, x):
        self.x = x


def make_r(n):
    return [R(k).x for k in range(n)]


print(make_r(3))
R.__abstractmethods__ = frozenset({"area"})
try:
    make_r(1)
except TypeError as e:
    print(type(e).__name__, e)
R.__abstractmethods__ = frozenset()
print(make_r(2))


finalized = []


def finalizer(self):
    finalized.append(self.x)


R.__del__ = finalizer
print(make_r(2))
del R.__del__
print(make_r(2))


class Meta(type):
    def __call__(cls, *args):
        print("Meta call", args)
        return super().__call__(*args)


class S:
    def __init__(self, x):
        self.x = x


def make_s(n):
    return [S(k).x for k in range(n)]


print(make_s(3))
try:
    S.__class__ = Meta
    print(type(S).__name__, make_s(2))
except TypeError as e:
    print(type(e).__name__, e)


class Returns:
    def __init__(self, x):
        if x == 3:
            return x


try:
    for k in range(5):
        Returns(k)
except TypeError as e:
    print(type(e).__name__, e, k)
