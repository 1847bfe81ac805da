import functools, _functools
from functools import partial, reduce, cmp_to_key, lru_cache
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce, functools._lru_cache_wrapper is _functools._lru_cache_wrapper)
def f(*a, **k): return a, k
p = partial(f, 1, x=2)
print(p(3, y=4), p(x=5), p.func is f, p.args, p.keywords)
q = partial(p, 9, z=1); print(q.func is f, q.args, q.keywords, q())
class P(partial): pass
pp = P(f, 1); print(type(pp).__name__, pp(2), repr(pp).startswith('P(<function f'))
print(repr(partial(len, [1], a=1)))
p.attr = 5; print(p.attr, p.__dict__)
r = partial(p, 1); print(r.func is p)
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
try: p.func = 1
except AttributeError as e: print(e)
print(partial(f, x=1).__reduce__()[2][1:])
s = partial(f); s.__setstate__((len, (1,), {'a': 1}, None)); print(s.func, s.args, s.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'abc'))
for t in ['reduce()', 'reduce(len, [])', 'reduce(len, 1)', 'reduce(f, [], 1, 2)', 'reduce(function=len, iterable=[])']:
    try: eval(t)
    except TypeError as e: print(t, e)
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) <= K(1), K(3).obj, type(K).__name__)
try: K(1) < 1
except TypeError as e: print(e)
try: hash(K(1))
except TypeError as e: print(e)
