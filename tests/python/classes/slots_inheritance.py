class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.c, c.__dict__)
print(sorted(A.__dict__.keys() & {"a", "__slots__"}), B.__slots__, type(B.__dict__["b"]).__name__)
class WithWeakref:
    __slots__ = ("x", "__weakref__")
print(hasattr(WithWeakref(), "__dict__"))
try:
    class Bad:
        __slots__ = ("x", "x")
    print("duplicate slots allowed?", Bad.__slots__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("not valid",)
except TypeError as e:
    print(type(e).__name__, e)
class Defaults:
    __slots__ = ("v",)
    def __init__(self):
        pass
d = Defaults()
try:
    d.v
except AttributeError as e:
    print(type(e).__name__, e)
