# Sorts of fewer than 64 items (one run, binary insertion, no merge): the comparisons made, in
# order, stability, descending runs, failures part way and sorted() with and without keywords.
class K:
    log = []
    def __init__(self, v, tag=''):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f'{self.v}{self.tag}'

for vals in ([], [1], [2, 1], [1, 2], [3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 3, 2, 1], [5, 3, 8, 1, 9, 2],
             [4, 4, 4, 1, 1], list(range(63, 0, -1)), [(i * 37) % 63 for i in range(63)],
             [(i * 37) % 64 for i in range(64)], [(i * 7) % 65 for i in range(65)]):
    K.log = []
    ks = [K(v, chr(97 + i % 26)) for i, v in enumerate(vals)]
    r = sorted(ks)
    print(len(vals), r[:12], len(K.log), K.log[:10], sum((i + 1) * (a * 97 + b) for i, (a, b) in enumerate(K.log)))
    K.log = []
    ks.sort(reverse=True)
    print('  rev', ks[:12], len(K.log), sum((i + 1) * (a * 97 + b) for i, (a, b) in enumerate(K.log)))

print(sorted(['e', 'c', 'h', 'a', 'i', 'b']), sorted(['b', 'a', '\U0001f600', '\xe9', 'a\ud800', 'ab', '']))
print(sorted([5, 3, 8, 1, 9, 2]), sorted([2**70, -1, 2**64, 0, -2**70]), sorted([2.5, 1, True, -0.0, 0]))
print(sorted([(5, 'a'), (3, 'b'), (8, 'c'), (1, 'd'), (3, 'a')]), sorted([(1, 2, 3), (1, 2), (1,), ()]))
print(sorted(['x', 'y', 'z'], reverse=True), sorted([3, 1, 2], key=lambda x: -x), sorted((3, 1, 2)))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)))
for bad in ([1, 'a'], ['a', 1, 2], [3, 2, None, 1], [(1, 'a'), (1, 2)], [1.5, 2j]):
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError', e)
    l = list(bad)
    try:
        l.sort()
    except TypeError as e:
        print('  left as', l)

class Mutator:
    def __init__(self, v, l):
        self.v, self.l = v, l
    def __lt__(self, other):
        self.l.append(0)
        return self.v < other.v
l = []
l.extend(Mutator(v, l) for v in (3, 1, 2))
try:
    l.sort()
except ValueError as e:
    print('ValueError', e, len(l))
for args, kw in (((), {}), (([1],), {'key': None}), (([1], [2]), {}), (([2, 1],), {'reverse': 1}), (([1],), {'x': 1})):
    try:
        print(sorted(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
class L(list):
    def sort(self, *a, **k):
        print('L.sort called')
print(sorted(L([2, 1])), type(sorted(L([2, 1]))).__name__)
