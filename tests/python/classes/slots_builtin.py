# __slots__ on subclasses of builtin types: storage, errors, dict and weakref members.
import weakref

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class LS(list):
    __slots__ = ('a',)

x = LS([1, 2])
x.a = 1
print(x, x.a, len(x))
attempt("LS b set", lambda: setattr(x, 'b', 2))
attempt("LS __dict__", lambda: x.__dict__)
del x.a
attempt("LS a unset", lambda: x.a)
attempt("LS del unset", lambda: delattr(x, 'a'))
attempt("LS b get", lambda: x.b)
print(type(LS.a).__name__, repr(LS.a))
print('__dict__' in dir(x), '__weakref__' in dir(x), 'a' in dir(x))
print(sorted(k for k in vars(LS) if k.startswith('__') or k == 'a'))

class DS(dict):
    __slots__ = ('a', 'b')

d = DS(k=1)
d.a = 'x'
d.b = 'y'
print(d, d.a, d.b, d['k'])
attempt("DS c set", lambda: setattr(d, 'c', 3))
print(sorted(k for k in vars(DS)))

class FS(float):
    __slots__ = ('unit',)

f = FS(2.5)
f.unit = 'm'
print(f, f.unit, f * 2)
attempt("FS other", lambda: setattr(f, 'other', 1))

class SS(str):
    __slots__ = ('tag',)

s = SS("hello")
s.tag = 1
print(s, s.tag, s.upper())
attempt("SS other", lambda: setattr(s, 'other', 1))

class SE(set):
    __slots__ = ('tag',)
se = SE([1])
se.tag = 5
print(se, se.tag)

class BA(bytearray):
    __slots__ = ('tag',)
ba = BA(b'ab')
ba.tag = 7
print(ba, ba.tag)

class CX(complex):
    __slots__ = ('tag',)
cx = CX(1, 2)
cx.tag = 3
print(cx, cx.tag)

class OS(object):
    __slots__ = ('a',)
o = OS()
o.a = 3
print(o.a)
attempt("OS b", lambda: setattr(o, 'b', 1))

# Nonempty slots on the variable-size builtins are refused; empty ones and __dict__ are not.
for base in (int, tuple, bytes):
    attempt("nonempty " + base.__name__, lambda: type('V', (base,), {'__slots__': ('a',)}))
    attempt("dict " + base.__name__, lambda: type('V', (base,), {'__slots__': ('__dict__',)}))
    attempt("weakref " + base.__name__, lambda: type('V', (base,), {'__slots__': ('__weakref__',)}))
    attempt("empty " + base.__name__, lambda: type('V', (base,), {'__slots__': ()}))

class IE(int):
    __slots__ = ()
i = IE(5)
attempt("IE attr", lambda: setattr(i, 'a', 1))
print(i + 1)

class TD(tuple):
    pass
t = TD((1, 2))
t.z = 9
print(t, t.z, t.__dict__)
class TD2(TD):
    __slots__ = ()
attempt("TD2 sub nonempty", lambda: type('V', (TD,), {'__slots__': ('a',)}))
attempt("bool sub", lambda: type('V', (bool,), {}))

# With __dict__ among the slots.
class LD(list):
    __slots__ = ('a', '__dict__')
ld = LD()
ld.a = 1
ld.b = 2
print(ld.a, ld.b, ld.__dict__)

# Inheritance of slotted classes.
class LS2(LS):
    __slots__ = ('c',)
y = LS2()
y.a = 1
y.c = 2
print(y.a, y.c)
attempt("LS2 d", lambda: setattr(y, 'd', 1))

class LS3(LS):
    pass
z = LS3()
z.a = 1
z.q = 2
print(z.a, z.q, z.__dict__)
attempt("LS.a on list", lambda: LS.a.__get__([], list))
attempt("LS.a set on list", lambda: LS.a.__set__([], 1))
attempt("LS.a on LS2", lambda: LS.a.__get__(y, LS2))

# __weakref__ in the slots.
class LW(list):
    __slots__ = ('a', '__weakref__')
w = LW([1])
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r)
attempt("weakref LS", lambda: weakref.ref(LS()))
class DW(dict):
    __slots__ = ('__weakref__',)
dw = DW()
print(weakref.ref(dw)() is dw)
class OW(object):
    __slots__ = ('__weakref__', 'a')
ow = OW()
print(weakref.ref(ow)() is ow)
attempt("OS weakref", lambda: weakref.ref(o))

# Hot loop through the slot descriptor (the JIT's paths).
class P(list):
    __slots__ = ('n',)
p = P()
p.n = 0
for k in range(3000):
    p.n = p.n + k
    p.append(k)
print(p.n, len(p))

class Q(float):
    __slots__ = ('w',)
total = 0.0
for k in range(3000):
    q = Q(k)
    q.w = k * 2
    total += q + q.w
print(total)

# An exception subclass with slots.
class E(Exception):
    __slots__ = ('code',)
e = E("m")
e.code = 4
print(e.code, e.args)
e.other = 1
print(e.other)

# Subclasses of other builtin and library types store slots too.
import collections, functools, io, types, array, random, struct, threading

def slotted(base, *args):
    C = type(base.__name__.title() + 'S', (base,), {'__slots__': ('a',)})
    try:
        o = C(*args)
        o.a = 5
        print(C.__name__, o.a, type(o) is C)
        attempt(C.__name__ + " b", lambda: setattr(o, 'b', 1))
    except Exception as e:
        print(C.__name__, "!!", type(e).__name__, e)

slotted(collections.deque)
slotted(collections.OrderedDict)
slotted(collections.defaultdict)
slotted(collections.Counter)
slotted(frozenset)
slotted(functools.partial, len)
slotted(io.StringIO)
slotted(io.BytesIO)
slotted(types.SimpleNamespace)
slotted(array.array, 'i')
slotted(random.Random)
slotted(struct.Struct, 'i')
slotted(threading.local)
slotted(KeyError)
slotted(OSError)
slotted(type(threading.RLock()))
attempt("type sub", lambda: type("M", (type,), {"__slots__": ("a",)}))
