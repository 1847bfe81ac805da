# Subclasses of property, staticmethod and classmethod: their instances are of the subclass,
# keep attributes and slots, and their overridden methods run.

class P(property):
    pass

p = P(lambda self: 1, doc="the doc")
print(type(p).__name__, p.__doc__, isinstance(p, property))
p.extra = 5
print(p.extra, p.__dict__)


class Cached(property):
    """A property that counts its reads."""
    reads = 0

    def __get__(self, obj, objtype=None):
        Cached.reads += 1
        return super().__get__(obj, objtype)


class C:
    @Cached
    def x(self):
        "x's doc"
        return 42

    @P
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        self._y = v * 2


c = C()
total = 0
for i in range(3000):
    total += c.x
print(total, Cached.reads, type(C.__dict__['x']).__name__, C.__dict__['x'].__doc__)
c.y = 4
print(c.y, type(C.__dict__['y']).__name__, C.__dict__['y'].fset is not None)
try:
    del c.y
except AttributeError as e:
    print("AttributeError:", e)


class Q(property):
    __slots__ = ('tag',)

try:
    Q(lambda s: 0)
except AttributeError as e:
    # CPython 3.11 stores the getter's doc as an attribute of a subclass's instance
    print("AttributeError:", e)
q = Q(lambda s: 0, doc="given")
q.tag = 'T'
print(q.tag, q.__doc__)
print(P.getter(P(len), lambda s: 7).__doc__, type(P(len).setter(print)).__name__)


class SM(staticmethod):
    def __get__(self, obj, objtype=None):
        f = super().__get__(obj, objtype)
        return lambda *a: ('wrapped', f(*a))


class CM(classmethod):
    calls = 0

    def __get__(self, obj, objtype=None):
        CM.calls += 1
        return super().__get__(obj, objtype)


class D:
    @SM
    def s(a, b):
        return a + b

    @CM
    def k(cls, v):
        return cls.__name__, v

    @SM
    def __new__(cls):
        return object.__new__(cls)


print(type(D.__dict__["s"]).__name__, D.s(1, 2), D.s(3, 4))
for i in range(2000):
    r = D.k(i)
print(r, CM.calls, type(D.__dict__['k']).__name__)
sm = SM(len)
sm.note = 'n'
print(sm.note, sm.__func__ is len, isinstance(sm, staticmethod))
print(type(D()).__name__)
