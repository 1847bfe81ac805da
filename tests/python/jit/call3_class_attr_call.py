# Functions read from a class object inside a traced loop: Base.__init__(self, ...) from a
# subclass's __init__ (a site tier 1 leaves generic, as type has __init__ too), Helper.method(x)
# called through the class, the method rebound on the class (and on a base) in the middle of the
# loop, a name type itself defines as a data descriptor (__name__), and a class with a metaclass.


class Base:
    def __init__(self, v):
        self.v = v

    def twice(self):
        return self.v * 2


class Derived(Base):
    def __init__(self, v, w):
        Base.__init__(self, v)
        self.w = w


class Helper:
    def compute(a, b):
        return a * 3 + b


def construct(n):
    t = 0
    for i in range(n):
        d = Derived(i, 1)
        t += d.v + d.w + Base.twice(d)
    return t


print("construct", construct(3000))


def rebinding(n):
    t = 0
    for i in range(n):
        t += Helper.compute(i, 1)
        if i == 1500:
            Helper.compute = lambda a, b: a - b
        if i == 2200:
            Base.twice = lambda self: -1
        t += Base.twice(Derived(i, 0))
    return t


print("rebinding", rebinding(3000))


class Meta(type):
    def __getattribute__(cls, name):
        if name == "compute":
            return lambda a, b: a + b + 1000
        return type.__getattribute__(cls, name)


class WithMeta(metaclass=Meta):
    def compute(a, b):
        return a * b


def names(n):
    t = 0
    s = 0
    for i in range(n):
        t += len(Derived.__name__)
        s += i
    for i in range(n):
        t += WithMeta.compute(i, 2)
        s += i
    return t, s


print("names", names(3000))
