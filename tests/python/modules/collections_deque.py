from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections, collections.abc, _collections
d = deque([1, 2, 3])
tests = ['deque().pop()', 'deque().popleft()', 'd.remove(9)', 'd.index(9)', 'deque([1],maxlen=1).insert(0,2)', 'deque(maxlen=-1)', 'd["a"]', 'd[5]', 'd[1:2]', 'd + [1]', 'd * "a"', 'deque(1)', 'deque([], "a")', 'd.index(2, 5)', 'd.index(1, -10, 10)','d.rotate("a")', 'd.__reduce__()[:3]', 'deque([1],maxlen=2).__reduce__()[:3]', 'hash(d)', 'd < [1]', 'd.maxlen', 'deque(maxlen=2).maxlen', 'deque([1,2], 1)', 'repr(deque([1], 3))', 'd.count(1)', 'deque(x=1)', 'deque([],1,2)', 'd.extend(1)', 'd.__copy__()', 'deque.__class_getitem__(int)', 'd.index()', 'd.insert(1)', 'deque([1,2,3]) == deque([1,2,3])', 'deque([1]) < deque([1,2])', 'deque([1]) == [1]', 'deque[int]', 'type(reversed(d)).__name__', 'type(iter(d)).__name__', 'd.__iadd__([4])', '3 * deque([1])', 'deque([1,2])*2', 'deque("abc", 4) * 3', 'list(reversed(deque("abc")))', 'd[-1]', 'deque([2,1]) > deque([1,5])', 'iter(d).__length_hint__()', 'len(deque(range(10), 3))']
for t in tests:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
d = deque(range(10))
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(23); print(d)
d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); print(d)
del d[3]; d[0] = 'W'; d.remove('y'); print(d, len(d), 'x' in d, 'q' in d)
d.reverse(); print(d); d.extendleft('ab'); print(d); print(d.pop(), d.popleft(), d)
d.clear(); print(d, bool(d))
m = deque(maxlen=3)
for i in range(6): m.append(i)
print(m); m.appendleft(-1); print(m); m.extend([7, 8]); print(m)
d = deque([1, 2, 3])
try:
    for x in d: d.append(x)
except RuntimeError as e: print(type(e).__name__, e)
r = deque([1]); r.append(r); print(r)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5); md.attr = 1; print(md, md.copy(), type(md.copy()).__name__, md.attr, md + deque([3]))
try: deque().x = 1
except AttributeError as e: print(e)
d = deque([1, 2]); d += [3]; d *= 2; print(d)
