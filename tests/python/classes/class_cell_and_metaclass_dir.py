# The __class__ cell is filled by type.__new__ (before __set_name__ and __init_subclass__ run),
# __build_class__ checks that the metaclass passed it on; dir() of a class asks its metaclass's
# __dir__; a class's __name__ and __qualname__ are the same object on every read.
import enum


class Named:
    def __set_name__(self, owner, name):
        print("set_name", name, owner.who())


class Base:
    @classmethod
    def who(cls):
        return "Base"

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.who())


class Child(Base):
    @classmethod
    def who(cls):
        return "Child+" + super().who()

    attr = Named()


class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class A(metaclass=DropsCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e)


class ReturnsInt(type):
    def __new__(mcls, name, bases, ns):
        return int


try:
    class B(metaclass=ReturnsInt):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e)


class MakesTwo(type):
    def __new__(mcls, name, bases, ns):
        cell = ns["__classcell__"]
        first = super().__new__(mcls, name, bases, ns)
        super().__new__(mcls, name + "2", bases, {"__classcell__": cell})
        return first


try:
    class C(metaclass=MakesTwo):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError", e)

for bad in (1, "x", None):
    try:
        type("X", (), {"__classcell__": bad})
    except TypeError as e:
        print("TypeError", e)


class NoCell(metaclass=ReturnsInt):
    pass


print(NoCell)


class Plain:
    def f(self):
        return __class__


print(Plain().f() is Plain)


def make():
    class Inner:
        def g(self):
            return __class__
    return Inner


print(make()().g().__qualname__)


class Meta(type):
    def __dir__(cls):
        return ["zz", "aa", "aa"]


class WithMeta(metaclass=Meta):
    x = 1


class SubWithMeta(WithMeta):
    pass


print(dir(WithMeta), dir(SubWithMeta))


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


print(dir(Color))
print(dir(Color.RED))
print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__)
Plain.__name__ = "Renamed"
Plain.__qualname__ = "Outer.Renamed"
print(Plain.__name__ is Plain.__name__, Plain.__name__, Plain.__qualname__, Plain)
