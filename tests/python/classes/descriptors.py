class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        setattr(obj, self.storage, value)

class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, p.__dict__)
try:
    p.x = "no"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Point.x).__name__)

# Non-data descriptor vs instance dict.
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class H:
    nd = NonData()
    dd = DataDesc()
h = H()
print(h.nd)
h.__dict__["nd"] = "instance wins"
print(h.nd)
h.__dict__["dd"] = "instance loses"
print(h.dd)
h.dd = 5
print(h.__dict__["dd"])

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)

# Functions are descriptors.
def free(self, x):
    return ("bound", x)
class F:
    method = free
print(F().method(1))
bound = free.__get__(F(), F)
print(bound(2))
print(F.method is free)

class Owner:
    pass
d = Typed()
d.__set_name__(Owner, "manual")
print(d.storage)
