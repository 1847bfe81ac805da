# None, NotImplemented, Ellipsis, functions, bound methods, modules, cells and code objects as objects
import sys
print(type(None).__name__, type(NotImplemented).__name__, type(Ellipsis).__name__, Ellipsis is ..., repr(...), str(NotImplemented))
print(type(None)() is None, type(Ellipsis)() is ..., type(NotImplemented)() is NotImplemented)
for t, args in [(type(None), (1,)), (type(Ellipsis), (1,)), (type(NotImplemented), (1,))]:
    try:
        t(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(bool(None), bool(...), None.__bool__(), None.__eq__(None), None.__eq__(1), None.__ne__(1))
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nn = None
    nn()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
def f(a, b=1):
    "doc"
    return a
print(type(f).__name__, f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__code__.co_argcount, f.__code__.co_varnames)
print(f.__code__.co_name, f.__code__.co_filename.endswith(".py"), f.__code__.co_firstlineno, type(f.__code__).__name__)
print(f.__globals__ is globals(), f.__closure__, f.__dict__, f.__kwdefaults__, f.__annotations__, f.__builtins__ is not None)
f.attr = 5
print(f.attr, f.__dict__)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
cell = inner.__closure__[0]
print(type(cell).__name__, cell.cell_contents, inner.__code__.co_freevars, outer.__code__.co_cellvars)
cell.cell_contents = 42
print(inner())
class K:
    def m(self):
        return self
k = K()
bm = k.m
print(type(bm).__name__, bm.__self__ is k, bm.__func__ is K.m, bm.__name__, bm.__qualname__, bm == k.m, bm is not k.m)
try:
    bm.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(len).__name__, len.__name__, len.__self__ is not None, type([].append).__name__, [].append.__name__, type(list.append).__name__)
print(type(sys).__name__, sys.__name__, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["__main__"].__name__)
m = type(sys)("mymod", "moddoc")
print(m.__name__, m.__doc__, repr(m), sorted(m.__dict__))
m.x = 1
print(m.x, vars(m)["x"])
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(sys)()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(f, object), isinstance(None, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(object().__class__, object.__class__, type.__class__, type(type(1)), object.__base__, type.__base__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda *a, **k: 1).__code__.co_flags & 12)
gen = (i for i in [])
print(type(gen).__name__, gen.__name__, gen.__qualname__)
