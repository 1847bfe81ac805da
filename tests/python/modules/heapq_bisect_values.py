import heapq, bisect, _heapq, _bisect
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right, heapq._heapify_max is _heapq._heapify_max)
for t in ['_heapq.heappush(1,2)','_heapq.heappush([])','_heapq.heappop([])', '_heapq.heapreplace([],1)', '_heapq.heapify(())', '_heapq.heappop()', '_heapq.heappush(x=1)', '_heapq.heappushpop(1, 2)', '_heapq._heappop_max([])',
          'bisect.bisect([1,2], 1, -1)', 'bisect.bisect()', 'bisect.bisect([1])', 'bisect.bisect([1], 1, 0, 1, None)', 'bisect.bisect([1], 1, x=2)', 'bisect.insort(None, 1)', 'bisect.bisect_left([1, 2, 2, 3], 2)', 'bisect.bisect_right([1, 2, 2, 3], 2)', 'bisect.bisect([1,2,3], 2, hi=1)', 'bisect.bisect([1,2,3], 9, lo=10)', 'bisect.bisect_left("abc", "b")', 'bisect.bisect([1], 1, hi="a")']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
seed = 5
data = []
for _ in range(50):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 100)
h = []
for x in data: heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:10])
h2 = data[:]; heapq.heapify(h2); print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
m = data[:]; heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nsmallest(3, data, key=lambda v: -v), list(heapq.merge([1, 4, 7], [2, 5], [3])))
pairs = [(x % 7, i) for i, x in enumerate(data)]; heapq.heapify(pairs); print(pairs[:6])
a = []
for x in data[:15]: bisect.insort(a, x)
print(a)
recs = [('a', 1), ('c', 3), ('e', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('b', 2), key=lambda r: r[1]); print(recs)
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
class Bad:
    def __init__(s, v, h): s.v = v; s.h = h
    def __lt__(s, o):
        s.h.append(0); return s.v < o.v
hh = []; hh.append(Bad(1, hh)); hh.append(Bad(0, hh))
try: heapq.heapify(hh)
except RuntimeError as e: print(type(e).__name__, e)
