# isinstance() consults obj.__class__ when type(obj) fails the check (CPython's object_isinstance),
# and object has no __dict__ descriptor of its own (dir() of builtin instances shows none).
class P:
    __class__ = int
print(isinstance(P(), int), isinstance(P(), P), isinstance(P(), str), type(P()).__name__)

class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(Proxy([]), list), isinstance(Proxy([]), dict), isinstance(Proxy(1), (str, int)))

class G:
    def __getattribute__(self, name):
        if name == "__class__":
            return float
        return object.__getattribute__(self, name)
print(isinstance(G(), float), isinstance(G(), G))

class Bad:
    @property
    def __class__(self): raise AttributeError("no")
print(isinstance(Bad(), int))

class NotAType:
    __class__ = 5
print(isinstance(NotAType(), int))

print('__dict__' in object.__dict__, '__dict__' in dir(1), '__dict__' in dir([]), '__dict__' in dir(object()))
print(len(dir(1)), len(dir("")), len(dir([])), len(dir({})), len(dir(object())))
def f(): pass
f.x = 1
print(f.__dict__, '__dict__' in type(f).__dict__, '__dict__' in BaseException.__dict__)
class D: pass
class E(D): pass
print('__dict__' in D.__dict__, '__dict__' in E.__dict__, D.__dict__['__dict__'].__objclass__ is D)
class I(int): pass
i = I(3); i.tag = 'x'
print(i.__dict__, '__dict__' in I.__dict__)
try:
    (1).__dict__
except AttributeError as e:
    print(e)
