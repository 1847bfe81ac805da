# __class__ assignment between subclasses of builtin types and for modules: CPython's
# object_set_class and compatible_for_assignment, including their quirks
import collections
import sys
import types


def attempt(o, t):
    try:
        o.__class__ = t
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)


# subclasses of one builtin base that add the same things
class L(list):
    def who(self): return "L"
class L2(list):
    def who(self): return "L2"
class L3(list):
    __slots__ = ()
class D(dict): pass
class D2(dict): pass
class D3(D): pass
class D4(dict):
    __slots__ = ()
class D5(D4): pass
x = L([1, 2])
x.tag = "kept"
attempt(x, L2)
print(x, x.who(), x.tag, len(x), isinstance(x, L2), isinstance(x, L))
attempt(x, L)
print(x.who())
attempt(x, list)
attempt(x, D)
attempt(x, L3)
attempt(L3(), list)
attempt([], L)
d = D(a=1)
attempt(d, D2)
attempt(d, D3)
print(d, type(d).__name__)
attempt(D(), D4)
attempt(D4(), D4)
attempt(D(), D5)
for base, value in [(str, "s"), (float, 1.5), (complex, 2j), (bytearray, b"ba"), (set, {1}),
                    (frozenset, {2}), (int, 5), (tuple, (1,)), (bytes, b"b")]:
    A = type("A", (base,), {})
    B = type("B", (base,), {})
    o = A(value)
    attempt(o, B)
    print(repr(o) if base is not set else sorted(o))
    Sa = type("Sa", (base,), {"__slots__": ()})
    Sb = type("Sb", (base,), {"__slots__": ()})
    attempt(Sa(value), Sb)
attempt(set(), type("St", (set,), {}))

# tuple subclasses with __slots__ = () (named tuples) add nothing to tuple's layout
N1 = collections.namedtuple("N1", "x y")
N2 = collections.namedtuple("N2", "a b")
n = N1(1, 2)
attempt(n, N2)
print(n, n.a)
attempt(n, tuple)

# exceptions
class E(Exception): pass
class E2(Exception): pass
class VE(ValueError): pass
e = E("boom")
attempt(e, E2)
print(repr(e), e.args)
attempt(e, VE)

# slots: names compared sorted and mangled; __weakref__ among other slots defeats CPython's size count
class P:
    __slots__ = ("x", "__weakref__")
class Q:
    __slots__ = ("x", "__weakref__")
attempt(P(), Q)
class P1:
    __slots__ = ("__weakref__",)
class Q1:
    __slots__ = ("__weakref__",)
attempt(P1(), Q1)
class P3:
    __slots__ = ("a", "b")
class Q3:
    __slots__ = ("b", "a")
p3 = P3()
p3.a, p3.b = 1, 2
attempt(p3, Q3)
print(p3.a, p3.b)
class P4(P3):
    __slots__ = ("c",)
class Q4(Q3):
    __slots__ = ("c",)
attempt(P4(), Q4)
class Plain: pass
class DictWeak:
    __slots__ = ("__dict__", "__weakref__")
attempt(Plain(), DictWeak)
class Z:
    __slots__ = ("__x",)
class Z2:
    __slots__ = ("__x",)
attempt(Z(), Z2)

# modules: any two module types, also the builtin one, while their layouts agree
class MyModule(types.ModuleType):
    @property
    def answer(self):
        return 42

    def __getattr__(self, name):
        return "missing " + name
class SlotModule(types.ModuleType):
    __slots__ = ("a",)
class EmptySlotsModule(types.ModuleType):
    __slots__ = ()
this = sys.modules[__name__]
attempt(this, MyModule)
print(this.answer, this.nothing_here, type(this).__name__, isinstance(this, types.ModuleType))
attempt(this, types.ModuleType)
print(hasattr(this, "answer"))
attempt(this, SlotModule)
attempt(this, EmptySlotsModule)
attempt(this, L)
attempt(Plain(), MyModule)
attempt(Plain(), types.ModuleType)
m = types.ModuleType("m")
m.value = 1
attempt(m, MyModule)
print(m.value, m.answer, m.other)
mm = MyModule("mm")
attempt(mm, types.ModuleType)
print(type(mm).__name__, getattr(mm, "answer", "none"))
try:
    del this.__class__
except TypeError as e:
    print("TypeError:", e)
