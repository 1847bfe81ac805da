# type.__prepare__ exists (a class method returning a new dict for any arguments), so a
# metaclass's own __prepare__ can build on it with super().__prepare__(...).
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("prepare", mcls.__name__, name, type(ns).__name__, ns, kw)
        ns["injected"] = name.lower()
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=1):
    x = 1


class B(A):
    pass


print(A.x, A.injected, B.injected)
print(type.__prepare__("X", ()), type.__prepare__(), type.__prepare__(1, 2, 3, a=4))
print(Meta.__prepare__ is not None, type.__prepare__("X", ()) is not type.__prepare__("X", ()))
print(type(type.__prepare__).__name__, type.__prepare__.__self__ is type, Meta.__prepare__.__self__ is Meta)
print(type(int).__prepare__("Y", (int,)))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        d = super().__prepare__(name, bases)
        return {**d, "order": []}


class C(metaclass=Ordered):
    a = 1
    b = 2


print(sorted(k for k in vars(C) if not k.startswith("__")))
print(types.prepare_class("D", (A,), {"flag": 2})[1], types.new_class("E", (), {}).__name__)
