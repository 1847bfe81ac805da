class C:
    n = 0
    def __init__(self):
        self._v = 1
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
    def get(self):
        return self._v
    v = property(get, doc="value")
    sm = staticmethod(len)
    cm = classmethod(lambda cls: cls.__name__)
class D(C):
    pass
print(type(C.make()).__name__, type(D.make()).__name__, C.n, D.n)
print(C.add(1, 2), C().add(3, 4), C.sm("abc"), C.cm(), D.cm(), D().cm())
print(C().v, C.v.__doc__, type(C.v).__name__, C.v.fset, C.v.fdel)
try:
    C().v = 5
except AttributeError as e:
    print(type(e).__name__, e)
sm = staticmethod(abs)
print(sm(-3) if callable(sm) else "not callable", sm.__func__ is abs)
cm = classmethod(abs)
print(cm.__func__ is abs, isinstance(cm, classmethod))
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fset is not None, p.fset)
try:
    property(1)(None)
except TypeError as e:
    print(type(e).__name__, e)
