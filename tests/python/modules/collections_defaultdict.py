from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections, collections.abc, _collections
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, len(dd))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
try: defaultdict(1)
except TypeError as e: print(e)
n = defaultdict(); 
try: n['x']
except KeyError as e: print('KeyError', e)
print(dd.copy(), type(dd.copy()).__name__, dd | {'c': 3}, {'z': 0} | dd, dd.__reduce__()[:2])
dd2 = defaultdict(int); dd2.default_factory = str; print(dd2['q'] == '', dd2)
rd = defaultdict(); rd.default_factory = rd.__getitem__ if False else None
class DD(defaultdict):
    pass
x = DD(int); x['a'] += 1; print(x, isinstance(x, dict), x.get('zz'))
co = {}; _collections._count_elements(co, 'hello'); print(sorted(co.items()))
class M(dict):
    def get(self, k, d=None): print('get', k); return dict.get(self, k, d)
m = M(); _collections._count_elements(m, 'aba'); print(m)
tg = _collections._tuplegetter(1, 'doc'); print(tg, tg.__doc__, tg.__reduce__())
class T(tuple):
    second = _collections._tuplegetter(1, 'second item')
print(T((1, 2)).second, T.second)
try: T((1,)).second
except IndexError as e: print(type(e).__name__, e)
