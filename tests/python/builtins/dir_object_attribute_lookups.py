# object.__dir__ as CPython's object___dir___impl: self.__dict__ and self.__class__ are attribute
# lookups (a slot named __class__ left unset hides the class's names; a __class__ property decides
# which class is listed), then the class's dict and its __bases__' in turn, each name once.
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
f = Foo()
print(dir(f), f.__dir__())
class A:
    a = 1
    def m(self): pass
class B(A):
    b = 2
class C(A):
    c = 3
class D(B, C):
    d = 4
    def __init__(self):
        self.x = 1
o = D()
print(o.__dir__()[:10])
print(sorted(set(dir(o)) - set(dir(object))))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    @property
    def __class__(self):
        return list
print([n for n in dir(Proxy(1)) if n in ("append", "_t", "__init__")])
class NoDictProp:
    __dict__ = property(lambda self: {"fake": 1})
print([n for n in dir(NoDictProp()) if n in ("fake",)])
class BadDict:
    __dict__ = property(lambda self: 5)
print(len(dir(BadDict())) > 0)
class Weird:
    __bases__ = "not used on instances"
print("a" in dir(Weird()))
import types
m = types.SimpleNamespace(q=1)
print([n for n in dir(m) if not n.startswith("__")])
