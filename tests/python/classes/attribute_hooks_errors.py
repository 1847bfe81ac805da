# attribute hooks: __setattr__/__delattr__/__getattr__ logging, frozen instances, object.__setattr__ on types, __dict__ and __class__ assignment, implicit class attributes
class Tracer:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        self.log.append(("miss", name))
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
t = Tracer()
t.x = 1
print(t.x, t.auto_val, getattr(t, "nothing", "dflt"), hasattr(t, "nope"))
del t.x
try:
    del t.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(t.log)
class Frozen:
    __slots__ = ("a",)
    def __init__(self):
        object.__setattr__(self, "a", 1)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen()
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e, f.a)
try:
    object.__setattr__(f, "b", 1)
except AttributeError as e:
    print(type(e).__name__, e)
for target, name in [(1, "x"), ("s", "upper"), ([], "append"), (object(), "y")]:
    try:
        setattr(target, name, 5)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        delattr(target, name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(t)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.__dict__["k"] = "via dict"
print(c.k, vars(c))
c.__dict__ = {"fresh": 1}
print(c.fresh, hasattr(c, "k"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class P:
    pass
class Q:
    pass
p = P()
p.__class__ = Q
print(type(p).__name__)
try:
    p.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class Prop:
    def __getattribute__(self, n):
        if n == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(n)
    secret = 5
    visible = 6
print(Prop().visible, hasattr(Prop(), "secret"), Prop.secret)
print(getattr(C, "__name__"), getattr(c, "__class__").__name__, C.__dict__["__module__"], "__weakref__" in C.__dict__)
class C:
    pass
class D(C):
    x = 1
class S:
    __slots__ = ("a",)
print(sorted(C.__dict__), sorted(D.__dict__), sorted(S.__dict__))
print(C().__weakref__, C.__dict__["__dict__"], C.__dict__["__dict__"].__get__(C()))
