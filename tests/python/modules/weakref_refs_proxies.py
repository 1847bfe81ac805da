import _weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C({self.n})"
    def m(self): return self.n * 2
c = C(1)
r = _weakref.ref(c)
print(r() is c, _weakref.ref(c) is r, _weakref.getweakrefcount(c))
log = []
r2 = _weakref.ref(c, lambda w: log.append(('cb2', w is r2)))
r3 = _weakref.ref(c, lambda w: log.append('cb3'))
print(_weakref.getweakrefcount(c), _weakref.getweakrefs(c) == [r, r3, r2], r2.__callback__ is not None, r.__callback__)
print(hash(r) == hash(c), r == r2, r != r2)
p = _weakref.proxy(c)
print(p.n, p.m(), repr(p)[:10], str(p), _weakref.proxy(c) is p, type(p).__name__)
d = {r: 1}
del c
gc.collect()
print(r(), r2(), log, p.__class__ if False else '')
try:
    p.n
except ReferenceError as e:
    print('ReferenceError', e)
print(d[r], r == r2, r == r)
r4 = _weakref.ref(C(5))
gc.collect()
try: hash(r4)
except TypeError as e: print(e)
for bad in [1, 'a', (), [], {}, None]:
    try: _weakref.ref(bad)
    except TypeError as e: print(e)
class S: __slots__ = ('a',)
try: _weakref.ref(S())
except TypeError as e: print(e)
class SW: __slots__ = ('a', '__weakref__')
x = SW(); print(_weakref.ref(x)() is x)
def f(): pass
print(_weakref.ref(f)() is f, _weakref.ref(C)() is C, _weakref.ref({1}) is not None if False else '')
cp = _weakref.proxy(f); print(type(cp).__name__, cp())
class L(list): pass
l = L([1,2,3]); pl = _weakref.proxy(l)
print(len(pl), pl[0], 2 in pl, list(pl), pl + [4], pl * 2)
pl += [5]; print(pl, l)
class N:
    def __init__(s, v): s.v = v
    def __add__(s, o): return s.v + o
    def __radd__(s, o): return o + s.v
    def __lt__(s, o): return s.v < o
n = N(3); pn = _weakref.proxy(n); print(pn + 1, 1 + pn, pn < 5)
try: hash(pn)
except TypeError as e: print(e)
class R(_weakref.ref):
    __slots__ = ('key',)
    def __new__(t, ob, cb, key):
        self = _weakref.ref.__new__(t, ob, cb); self.key = key; return self
    def __init__(self, ob, cb, key): super().__init__(ob, cb)
kr = R(n, None, 'k'); print(kr.key, kr() is n, type(kr).__name__, _weakref.getweakrefcount(n))
print(_weakref.ref, _weakref.ReferenceType, _weakref.ProxyType, _weakref.CallableProxyType)
dd = {'a': kr}
del n, pn
gc.collect()
_weakref._remove_dead_weakref(dd, 'a'); print(dd)
try: _weakref.ref()
except TypeError as e: print(e)
print(_weakref.ref[int])
