# obj.__dict__ = d on functions, exceptions, instances of builtin subclasses, descriptors; the
# errors of objects whose dict cannot be replaced (io objects, SimpleNamespace, modules).
import io, types, functools, random, collections
def f(): pass
class E(Exception): pass
class D(dict): pass
class L(list): pass
class S(str): pass
class R(random.Random): pass
class P(property): pass
objs = [f, ValueError(), E(), D(), L(), S("x"), R(1), P(), staticmethod(f), classmethod(f), collections.OrderedDict()]
for o in objs:
    try:
        d = {"a": 1}
        o.__dict__ = d
        print(type(o).__name__, o.__dict__ is d, o.a)
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
for o in (io.StringIO(), types.SimpleNamespace(), types.ModuleType("m")):
    try:
        o.__dict__ = {}
        print(type(o).__name__, "ok")
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
try:
    f.__dict__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    f.__dict__ = D(b=2); print(f.b)
except Exception as e:
    print(type(e).__name__, e)
