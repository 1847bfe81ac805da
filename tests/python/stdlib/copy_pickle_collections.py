import copy, pickle, itertools, functools, operator
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
def fn(*a, **k): return a
d = deque([1, [2]], maxlen=5)
print(copy.copy(d), copy.deepcopy(d), copy.copy(d)[1] is d[1], copy.deepcopy(d)[1] is d[1])
dd = defaultdict(list, a=[1])
print(copy.copy(dd), copy.deepcopy(dd), copy.deepcopy(dd)['a'] is dd['a'])
for obj in [d, dd, OrderedDict(a=1), Counter('aab'), namedtuple('P', 'x y')(1, 2) if False else (1, 2), functools.partial(fn, 1, key=2), operator.itemgetter(1, 2), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2), itertools.count(3, 2), itertools.repeat('x', 2)]:
    s = pickle.dumps(obj, protocol=2)
    r = pickle.loads(s)
    print(type(r).__name__, repr(r) if not isinstance(r, functools.partial) else (r.func.__name__, r.args, r.keywords))
print(list(itertools.islice(pickle.loads(pickle.dumps(itertools.count(5), 2)), 3)))
