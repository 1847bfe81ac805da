# The JIT records what its typed forms do not take as calls of tier 1's own operations instead of
# giving up on the loop: class attributes read off the class (constants, staticmethods,
# classmethods), unary operators on big ints, bools and classes with dunders, and attribute sites
# that see more classes than their inline cache holds. Every result must be what CPython prints,
# with the JIT off, on, and forced to trace at once; rebinding what a trace folded must show.
import sys
from fractions import Fraction


class Config:
    LIMIT = 3
    NAME = "cfg"
    SIZES = (1, 2, 3)

    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls, x):
        return (cls.__name__, x * 2)


class Sub(Config):
    LIMIT = 5


def class_constants(n):
    total = 0
    for i in range(n):
        total += Config.LIMIT + len(Config.NAME) + Config.SIZES[i % 3] + Sub.LIMIT
        if i == n // 2:
            Config.LIMIT = 100          # the class changed: folded constants must not stay
        if i == 3 * n // 4:
            Sub.LIMIT = -1
    return total


def static_and_class_methods(n):
    out = 0
    names = set()
    for i in range(n):
        out += Config.helper(i)
        name, v = Config.make(i)
        names.add(name)
        out += v
        name, v = Sub.make(i)
        names.add(name)
        if i == n // 2:
            Config.helper = staticmethod(lambda x: -x)
        if i == 2 * n // 3:
            Sub.make = classmethod(lambda cls, x: ("patched", x))
    return out, sorted(names)


def deleted_class_attr(n):
    class Box:
        VALUE = 7
    seen = []
    for i in range(n):
        try:
            seen.append(Box.VALUE)
        except AttributeError as e:
            seen.append(str(e))
            break
        if i == n - 3:
            del Box.VALUE
    return seen[-3:]


class Neg:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __neg__(self):
        Neg.calls += 1
        return Neg(-self.v)

    def __pos__(self):
        Neg.calls += 1
        return self

    def __invert__(self):
        Neg.calls += 1
        if self.v == 13:
            raise ValueError("unlucky")
        return Neg(~self.v)

    def __bool__(self):
        Neg.calls += 1
        return self.v % 2 == 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def unary_operators(n):
    acc = 0
    big = 2 ** 70
    flags = []
    for i in range(n):
        acc += -(big + i) + (-True) + (~False) + (+True)
        acc += (-Fraction(i, 3)).numerator
        x = Neg(i)
        acc += (-x).v + (+x).v
        if not x:
            acc += 1
        if not Sized(i % 3):
            flags.append(i)
        try:
            acc += (~x).v
        except ValueError as e:
            acc += 1000
            flags.append(str(e))
        try:
            -"text"
        except TypeError as e:
            last_error = str(e)
    return acc, len(flags), flags[-2:], Neg.calls, last_error


class A:
    def __init__(self, i):
        self.x = i
        self.tag = "a"

    def get(self):
        return self.x


class B:
    def __init__(self, i):
        self.tag = "b"
        self.x = i * 2

    def get(self):
        return self.x + 1


class C(A):
    def get(self):
        return -self.x


class D:
    __slots__ = ("x", "tag")

    def __init__(self, i):
        self.x = i
        self.tag = "d"

    def get(self):
        return self.x * 3


class E(B):
    pass


class F:
    def __getattr__(self, name):
        if name == "x":
            return 11
        if name == "get":
            return lambda: 12
        raise AttributeError(name)

    tag = "f"


def polymorphic_sites(n):
    objs = [A(1), B(2), C(3), D(4), E(5), F(), A(6), B(7)]
    total = 0
    tags = []
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.x + o.get()
        if i % 50 == 0:
            tags.append(o.tag)
        if not isinstance(o, F):
            o.x = o.x + 1 if i % 2 else o.x - 1
            o.tag = o.tag
    return total, "".join(tags)


def missing_attribute_in_trace(n):
    objs = [A(1), B(2)] * 10 + [object()]
    total = 0
    try:
        for i in range(n):
            total += objs[i % len(objs)].x
    except AttributeError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return total, str(e), tb.tb_lineno - missing_attribute_in_trace.__code__.co_firstlineno


print(class_constants(3000))
print(static_and_class_methods(3000))
print(deleted_class_attr(2000))
print(unary_operators(2000))
print(polymorphic_sites(4000))
print(missing_attribute_in_trace(500))


class Slotted:
    __slots__ = ("a", "b")


class Guarded:
    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)


def attribute_deletes(n):
    done = 0
    errors = []
    for i in range(n):
        o = Slotted() if i % 2 else A(i)
        if isinstance(o, Slotted):
            o.a = i
            del o.a
            try:
                del o.b
            except AttributeError as e:
                errors.append(str(e))
        else:
            del o.x
            done += not hasattr(o, "x")
        g = Guarded()
        g.keep = g.temp = i
        del g.temp
        try:
            del g.keep
        except AttributeError as e:
            last = str(e)
    return done, len(errors), errors[-1], last


print(attribute_deletes(2000))
