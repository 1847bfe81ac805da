# super(type, obj) accepts an object whose __class__ claims a subclass (a proxy), and checks
# its argument count and keywords as CPython does.
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class B(object):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"
p = Proxy(C())
print(C.__dict__["f"](p), super(C, p).__self_class__ is C)
try:
    super(int, Proxy(3.5))
except TypeError as e:
    print(e)
for args, kw in (((int, int, int), {}), ((int, 1), {'x': 1})):
    try:
        super(*args, **kw)
    except TypeError as e:
        print(e)
