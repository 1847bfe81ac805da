# __class__ assignment in a hot loop: a module's class (module attribute reads cached by position)
# and a list subclass instance's class (its type guard must not be hoisted out of the loop)
import sys
import types


class Props(types.ModuleType):
    @property
    def x(self):
        return 100


m = types.ModuleType("m")
m.x = 1


def read_module(n, switch_at):
    total = 0
    for i in range(n):
        if i == switch_at:
            m.__class__ = Props
        total += m.x
    return total


print(read_module(3000, 2000))
m.__class__ = types.ModuleType
print(read_module(3000, 3000), m.x)


def switch_this():
    sys.modules[__name__].__class__ = Props


this = sys.modules[__name__]
x = 7


def read_this(n, switch_at):
    total = 0
    for i in range(n):
        if i == switch_at:
            switch_this()
        total += this.x
    return total


print(read_this(3000, 1500))
this.__class__ = types.ModuleType
print(read_this(1000, 5000))


class L(list):
    def f(self):
        return 1


class L2(list):
    def f(self):
        return 2


def change(o, t):
    o.__class__ = t


def call_method(n, switch_at):
    o = L([1, 2, 3])
    total = 0
    for i in range(n):
        if i == switch_at:
            change(o, L2)
        total += o.f() + len(o)
    return total, type(o).__name__


print(call_method(3000, 1700))


def flip(n):
    o = L()
    seen = []
    for i in range(n):
        o.__class__ = L2 if i % 3 == 0 else L
        seen.append(o.f())
    return sum(seen), type(o).__name__


print(flip(3000))


class D(dict):
    def __missing__(self, key):
        return 0


class D2(dict):
    def __missing__(self, key):
        return -1


def missing(n, switch_at):
    d = D()
    total = 0
    for i in range(n):
        if i == switch_at:
            change(d, D2)
        total += d["k"] + isinstance(d, D2)
    return total


print(missing(3000, 1000))
