from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections, collections.abc, _collections
c = Counter('abracadabra'); print(c.most_common(3), c['a'], c['z'])
c.update('aaa'); print(c['a'], sorted(c.elements())[:5], Counter(a=3) - Counter(a=1), Counter({'a': 1}) + Counter({'a': 2, 'b': 1}))
P = namedtuple('P', 'x y'); p = P(1, y=2); print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._fields, P.x)
try: p.x = 3
except AttributeError as e: print(e)
print(P.x.__doc__, type(P.x).__name__)
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4})['c'])
print(isinstance(deque(), collections.abc.MutableSequence), issubclass(defaultdict, dict))
