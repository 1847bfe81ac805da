from collections import OrderedDict as O
import pickle, copy, sys
o=O(x=1,y=[2]); o.attr = 5
p = pickle.loads(pickle.dumps(o)); print(p, p.attr)
print(copy.deepcopy(o), copy.copy(o).attr)
it = iter(o); next(it)
for proto in range(6):
    print(pickle.loads(pickle.dumps(it, proto)) and list(pickle.loads(pickle.dumps(it, proto))))
print(O.fromkeys('abc', 0), type(O.fromkeys('ab')))
print(o == O(y=[2], x=1), o == dict(y=[2], x=1), o != O(y=[2], x=1))
try: O().popitem()
except KeyError as e: print(repr(e))
try: O().move_to_end('x')
except KeyError as e: print(repr(e))
try: O(1,2)
except TypeError as e: print(e)
try: o.update(1,2)
except TypeError as e: print(e)
try: o.pop()
except TypeError as e: print(e)
print(o.pop('zz', 9), o.setdefault('k', 4), o.setdefault('k'), o)
od = O.fromkeys('abcde')
try:
    for i, k in enumerate(od):
        od.move_to_end(k)
except RuntimeError as e: print(e, i)
try:
    for k in od: od['f'] = None
except RuntimeError as e: print(e)
try:
    for k in od: del od['c']
except RuntimeError as e: print(e)
print(list(od))
od = O(spam=1); dict.__setitem__(od, 'ham', 2); print(repr(od), list(od), len(od))
od = O(spam=1, ham=2); dict.__delitem__(od, 'ham')
try: repr(od)
except KeyError as e: print('KeyError', e)
class M(type):
    @classmethod
    def __prepare__(m, n, b): return O()
    def __new__(m, n, b, ns): print(list(ns)); return super().__new__(m, n, b, dict(ns))
class C(metaclass=M):
    x: int = 1
    def f(self): pass
class S(O):
    def __setitem__(self, k, v): print('set', k); super().__setitem__(k, v)
s = S(a=1); s.update(b=2); s |= {'c': 3}; print(s, s | {'d': 4}, {'z': 0} | s)
print(repr(O([(1, O(a=O()))])), sys.getsizeof(o) > sys.getsizeof(dict(o)))
r = O(); r['self'] = r; print(r)
print(list(reversed(O(a=1,b=2).items())), list(reversed(O(a=1,b=2).values())))
print(O(a=1).keys() & {'a','b'}, 'a' in O(a=1).keys(), ('a',1) in O(a=1).items())
print(dict(O(b=1, a=2)), {**O(b=1, a=2)}, list(O(b=1,a=2).items()))
x = O(a=1,b=2,c=3); x.move_to_end('a'); print(dict(x), list(dict(x)), [*x], sorted(x))
import json; print(json.dumps(x), json.loads('{"b":1,"a":2}', object_pairs_hook=O))
print(O.__hash__, isinstance(O(), dict), issubclass(O, dict))
import collections.abc as abc; print(isinstance(O().keys(), abc.KeysView), isinstance(O().items(), abc.ItemsView))
big = O((i, i) for i in range(1000))
for i in range(0, 1000, 2): del big[i]
for i in range(0, 1000, 3): big.move_to_end(i + 1 if (i + 1) % 2 else i + 2, last=False) if (i+1) in big or (i+2) in big else None
print(len(big), list(big)[:10], sum(big))
print(O(a=1).__reduce__()[:4])
# An LRU cache in a hot loop: move_to_end and popitem(last=False) on every step.
class LRU(O):
    def __init__(self, size):
        super().__init__()
        self.size = size
        self.misses = 0
    def get(self, key):
        if key in self:
            self.move_to_end(key)
            return self[key]
        self.misses += 1
        if len(self) >= self.size:
            self.popitem(last=False)
        self[key] = key * key
        return self[key]
c = LRU(50)
total = 0
for i in range(20000):
    total += c.get((i * 7919) % 97)
print(total, c.misses, list(c)[:5], len(c))
print(type(iter(o)).__name__, type(o.keys()).__name__, type(o.values()).__mro__[1].__name__)
print(O.__module__, O.__name__, O.__qualname__, O.__doc__)
print(sorted(k for k in O.__dict__ if not k.startswith('__')))
e = O(a=1)
print(e.popitem(last=False), e, e.setdefault(key='x', default=2), e)
try: e.move_to_end(key='nope', last=False)
except KeyError as x: print('KeyError', x)
# weak references, and OrderedDict and defaultdict each have a layout of their own
import weakref
from collections import defaultdict
w = O(a=1); print(weakref.ref(w)() is w)
try:
    class Both(O, defaultdict): pass
except TypeError as x: print(x)
class Both2(O, dict): pass
print([c.__name__ for c in Both2.__mro__])

# clear() during iteration is a change of size (CPython's _odict_clear_nodes keeps od_state)
o = O(a=1, b=2)
it = iter(o)
next(it)
o.clear()
try:
    next(it)
except RuntimeError as e:
    print("after clear:", e)
o = O(a=1, b=2)
it = iter(o)
next(it)
o.clear()
o["x"] = 1
o["y"] = 2
try:
    next(it)
except RuntimeError as e:
    print("after clear and refill:", e)
