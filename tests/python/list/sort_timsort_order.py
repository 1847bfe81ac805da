# list.sort follows CPython 3.11's algorithm step by step (runs, binary insertion, powersort merges,
# galloping): the same comparisons in the same order, the same exception and partly sorted list
# when a comparison raises, the same result for keys that are not totally ordered (NaN).
import random
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K(%r)' % self.v
for seed in range(40):
    rng = random.Random(seed)
    n = rng.choice([0, 1, 2, 5, 17, 63, 64, 65, 100, 257, 1000, 3000])
    kind = seed % 5
    if kind == 0: xs = [rng.randrange(50) for _ in range(n)]
    elif kind == 1: xs = sorted(rng.randrange(1000) for _ in range(n))
    elif kind == 2: xs = sorted((rng.randrange(1000) for _ in range(n)), reverse=True)
    elif kind == 3: xs = [i % 7 for i in range(n)]
    else:
        xs = list(range(n))
        for _ in range(n // 10):
            i, j = rng.randrange(max(n, 1)), rng.randrange(max(n, 1))
            xs[i], xs[j] = xs[j], xs[i]
    calls.clear()
    ks = [K(x) for x in xs]
    ks.sort(reverse=(seed % 3 == 0))
    print(seed, n, len(calls), hash(tuple(calls)) & 0xffffffff, [k.v for k in ks][:5])
    calls.clear()
    r = sorted(xs, key=K)
    print(' key', len(calls), hash(tuple(calls)) & 0xffffffff)
for bad in ([3, 1, None, 2], [1, 2, 3, 'a', 0], [5, 4, 3, 2, 1, None] * 20, list(range(100)) + [None] + list(range(50))):
    l = list(bad)
    try:
        l.sort()
    except TypeError as e:
        print('TypeError:', e, l[:12])
    l = list(bad)
    try:
        l.sort(reverse=True)
    except TypeError as e:
        print('TypeError:', e, l[:12])
nan = float('nan')
fl = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, nan, -1.0] * 7
print(sorted(fl)[:20])
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)] * 9)[:8])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError('thirteen')
        return self.v < o.v
l = [Bad(i) for i in [5, 20, 13, 1, 8] * 30]
try:
    l.sort()
except ValueError as e:
    print('ValueError', [b.v for b in l][:40])


# A mutation undone before the sort ends (an append then a pop) is still detected.
def key_mutating(x):
    m.append(1)
    m.pop()
    return x


m = [3, 1, 2]
try:
    m.sort(key=key_mutating)
except ValueError as e:
    print('ValueError:', e, m)
