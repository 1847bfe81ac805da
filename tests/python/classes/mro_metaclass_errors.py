# C3 MRO and its errors, metaclass conflicts, type() forms, __prepare__, custom __call__, __class_getitem__
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
for bases in [(A, B), (B, B), (D, B, C)]:
    try:
        type("X", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print(type(e).__name__, e)
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Z(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
for bases in [(int, str), (list, dict), (5,), (bool,)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (1, 2), ("N", (), {}, 1), (5, (), {}), ("N", 5, {}), ("N", (), 5)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(5).__name__, type("N", (), {"v": 1})().v, type("N", (A,), {}).__bases__)
class M1(type): pass
class M2(type): pass
class WithM1(metaclass=M1): pass
class WithM2(metaclass=M2): pass
try:
    class Both(WithM1, WithM2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class Both(WithM1, WithM2, metaclass=M3): pass
print(type(Both).__name__)
class Log(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return Log()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Ordered(metaclass=OrderMeta, flag=True):
    b = 1
    a = 2
    def c(self): pass
print(Ordered.order, type(Ordered).__name__)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Q(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v=0):
        print("init once", v)
        self.v = v
print(Conf(1) is Conf(2), Conf().v)
class Intercept(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class I(metaclass=Intercept): pass
print(I(1, 2))
def plain_meta(name, bases, ns):
    return "made " + name + " " + str(sorted(k for k in ns if not k.startswith("__")))
class F(metaclass=plain_meta):
    x = 1
print(F)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2], list[int], dict[str, int], tuple[int, ...])
try:
    A[int]
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t1"): pass
print(Sub.tag)
try:
    class Sub2(Base, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoKw(kw=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def hello(cls):
        return "hello from " + cls.__name__
class W(metaclass=Meta): pass
print(W.added, W.hello(), hasattr(W(), "hello"), isinstance(W, Meta), type(Meta).__name__)
try:
    W().hello()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Fin(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(A.__name__, A.__qualname__, D.__bases__, [k.__name__ for k in X.__subclasses__()], object.__bases__, type.__mro__)
A.__name__ = "Renamed"
print(A, A.__qualname__)
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
