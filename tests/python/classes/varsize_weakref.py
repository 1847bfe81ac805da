# Subclasses of the variable-size builtins (int, tuple, bytes) get a __dict__ but no weak
# references, as CPython's type_new gives them; other builtin subclasses get both.
import weakref
import io, functools, types, threading, collections, random, _thread, array, struct, re, itertools, decimal, datetime

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r) if not callable(r) else type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class I(int): pass
class T(tuple): pass
class B(bytes): pass
class L(list): pass
class F(float): pass
class S(str): pass
class D(dict): pass
class O: pass

for cls, make in ((I, lambda: I(1)), (T, lambda: T((1,))), (B, lambda: B(b'x')), (L, lambda: L()),
                  (F, lambda: F(1.5)), (S, lambda: S('s')), (D, lambda: D()), (O, lambda: O())):
    name = cls.__name__
    attempt(name + ".__weakref__", lambda: cls.__weakref__)
    attempt(name + ".__dict__ descr", lambda: type(cls.__dict__.get('__dict__')).__name__)
    obj = make()
    try:
        r = weakref.ref(obj)
        print(name, "ref", r() is obj, obj.__weakref__ is r)
    except TypeError as e:
        print(name, "ref !!", e)
        attempt(name + " obj.__weakref__", lambda: obj.__weakref__)
    obj.attr = 1
    print(name, obj.__dict__, '__dict__' in dir(obj), '__weakref__' in dir(obj))
    print(name, sorted(vars(cls)))

class I2(I): pass
print('__weakref__' in dir(I2), sorted(vars(I2)))
attempt("I2 ref", lambda: weakref.ref(I2(3)))

class IS(int):
    __slots__ = ()
attempt("IS ref", lambda: weakref.ref(IS(3)))
attempt("IS attr", lambda: setattr(IS(3), 'x', 1))
print('__dict__' in dir(IS(3)), sorted(vars(IS)))

class Mixin: pass
class IM(int, Mixin): pass
attempt("IM ref", lambda: weakref.ref(IM(3)))
print('__weakref__' in dir(IM(1)))

attempt("proxy I", lambda: weakref.proxy(I(2)))
attempt("WeakSet T", lambda: weakref.WeakSet([T()]))
attempt("WeakValueDictionary B", lambda: weakref.WeakValueDictionary({1: B(b'')}))
class Tr(tuple):
    __slots__ = ()
attempt("Tr ref", lambda: weakref.ref(Tr()))
from collections import namedtuple
P = namedtuple('P', 'x y')
attempt("namedtuple ref", lambda: weakref.ref(P(1, 2)))
print('__weakref__' in dir(P(1, 2)), hasattr(P, '__weakref__'))

# What a subclass of each builtin adds (CPython's type_new: add_dict, add_weak), with and without __slots__.
for b in (io.StringIO, io.BytesIO, io.FileIO, io.TextIOWrapper, functools.partial, types.SimpleNamespace, collections.deque, collections.defaultdict,
          random.Random, KeyError, types.ModuleType, object, list, dict, set, frozenset, str, float, complex, bytearray, int, tuple, bytes,
          staticmethod, classmethod, property, array.array, struct.Struct, BaseException, type, _thread.RLock, functools.partialmethod):
    C = type('C', (b,), {})
    D = type('D', (b,), {'__slots__': ()})
    print(b.__name__, sorted(k for k in vars(C) if k.startswith('__')), sorted(vars(D)), '__dict__' in dir(C), '__weakref__' in dir(C), '__dict__' in dir(D), '__weakref__' in dir(D))

# Which builtin instances can be weakly referenced.
for o in (array.array('i'), struct.Struct('i'), collections.deque(), collections.OrderedDict(), io.StringIO(), functools.partial(len), re.compile('a'), _thread.RLock(), _thread.allocate_lock(), types.SimpleNamespace(), random.Random(), itertools.count(), set(), frozenset(), property(), staticmethod(len), types.ModuleType('m'), iter([]), (x for x in ()), BaseException(), slice(1), range(1), memoryview(b'')):
    try:
        weakref.ref(o); print(type(o).__name__, 'ok')
    except TypeError as e:
        print(type(o).__name__, e)
