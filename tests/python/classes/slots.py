class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)

class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, c.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
