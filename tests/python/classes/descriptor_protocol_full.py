# descriptors: data vs non-data precedence, __set_name__, __delete__, property errors, classmethod/staticmethod binding
class NonData:
    def __get__(self, inst, owner):
        return ("nondata", inst is None, owner.__name__)
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, value):
        setattr(inst, self.name, value * 2)
    def __delete__(self, inst):
        print("delete", self.name)
        delattr(inst, self.name)
class C:
    nd = NonData()
    d = Data()
    other = Data()
c = C()
print(c.nd, C.nd, c.d, type(C.d).__name__)
c.nd = "instance wins"
c.__dict__["d"] = "dict loses"
c.d = 5
print(c.nd, c.d, c.__dict__)
del c.d
print(c.d)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
class GetOnlySet:
    def __set__(self, inst, v):
        print("set only", v)
class E:
    g = GetOnlySet()
e = E()
e.g = 3
print(type(e.g).__name__)
class RO:
    @property
    def p(self):
        return 1
    @property
    def q(self):
        return self._q
    @q.setter
    def q(self, v):
        self._q = v
r = RO()
for action in [lambda: setattr(r, "p", 2), lambda: delattr(r, "p"), lambda: delattr(r, "q")]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
r.q = 7
print(r.q, RO.p.fget(r), RO.q.fset is not None, RO.p.fset, RO.p.__isabstractmethod__)
try:
    RO().q
except AttributeError as e:
    print(type(e).__name__, e)
class Doc:
    @property
    def x(self):
        "the x doc"
        return 1
print(Doc.x.__doc__, property().__doc__ is None, property(doc="d").__doc__)
try:
    property()(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property().__get__(1, int)
except AttributeError as e:
    print(type(e).__name__, e)
class K:
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x):
        return x * 2
    def m(self):
        return "m"
class KS(K): pass
print(K.cm(1), KS.cm(2), KS().cm(3), K.sm(4), K().sm(5), K.__dict__["sm"].__func__(6))
print(type(K.__dict__["cm"]).__name__, type(K.cm).__name__, K.cm.__self__.__name__, K.m.__name__, K().m.__self__.__class__.__name__)
bound = K().m
print(bound(), bound.__func__ is K.m, K.m(K()), type(bound).__name__)
try:
    K.m()
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
print(type(Slotted.a).__name__)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 1
print(s.a)
del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)
try:
    class Holder:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")
class Later:
    pass
d = Data()
Later.attr = d
print(hasattr(d, "name"))
d.__set_name__(Later, "attr")
class Lookup:
    def __get__(self, inst, owner):
        return lambda: "from descriptor"
class UsesLookup:
    __len__ = Lookup()
    def __getattr__(self, n):
        return "getattr " + n
u = UsesLookup()
print(len.__name__, u.missing, u.__len__())
class GA:
    x = 1
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("custom boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA()
print(g.x, g.boom, g.nothing)
