# _pickle with the standard library's picklable types (OrderedDict, defaultdict, deque,
# datetime, Decimal, Fraction, Enum, Counter, range) gives CPython's C pickler's bytes in
# every protocol; deep nesting raises RecursionError where CPython's does (two levels per
# list or dict); subclasses that skip __init__ get CPython's errors.
import pickle, io, sys
l = []
for i in range(5000): l = [l]
for p in (0, 4):
    try: pickle.dumps(l, p)
    except RecursionError as e: print(p, 'RecursionError', e)
l = []
for i in range(500): l = [l]
for n in (300, 490):
    l = []
    for i in range(n): l = [l]
    try: print(n, len(pickle.dumps(l)), pickle.loads(pickle.dumps(l)) == l)
    except RecursionError as e: print(n, 'RecursionError', e)
    d = {}
    for i in range(n): d = {'k': d}
    try: print(n, len(pickle.dumps(d, 0)))
    except RecursionError as e: print(n, 'RecursionError', e)
class P(pickle.Pickler):
    def __init__(self): pass
try: P().dump(1)
except Exception as e: print(type(e).__name__, e)
class U(pickle.Unpickler):
    def __init__(self): pass
try: U().load()
except Exception as e: print(type(e).__name__, e)
import collections, datetime, decimal, fractions, enum
class Color(enum.Enum):
    RED = 1
objs = [collections.OrderedDict(a=1), collections.defaultdict(list, {1: [2]}), collections.deque([1,2]), datetime.date(2020,1,2),
        datetime.datetime(2020,1,2,3,4,5), decimal.Decimal('1.5'), fractions.Fraction(1,3), Color.RED, collections.Counter('abca'), range(1, 10, 2)]
for p in range(6):
    for o in objs:
        b = pickle.dumps(o, p)
        print(p, b, pickle.loads(b) == o)
