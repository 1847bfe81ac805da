class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(10)[Idx(2):Idx(5)]), "ab" * Idx(3), operator_free := Idx(7).__index__())
print(int.__index__(5), (5).__index__())
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = "a"
    [1, 2][k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = 1.0
    [1, 2][k]
except TypeError as e:
    print(type(e).__name__, e)

class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, value):
        print("__init__", value)
        self.value = value
t = Tracked(5)
print(t.created_by_new, t.value)

class ReturnsOther:
    def __new__(cls):
        print("returning an int from __new__")
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())

class Cached:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
    def __init__(self, key):
        print("init runs each time", key)
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class ImmutablePoint(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
ip = ImmutablePoint(3, 4)
print(ip, ip.x, len(ip), isinstance(ip, tuple))

try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
