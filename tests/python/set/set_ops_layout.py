import random
rng = random.Random(7)
def mk(n, r):
    s = set()
    for _ in range(n):
        s.add(rng.randrange(r))
    for _ in range(n // 3):
        s.discard(rng.randrange(r))
    return s
for trial in range(60):
    a = mk(rng.randrange(0, 40), 100); b = mk(rng.randrange(0, 40), 100)
    fa = frozenset(a)
    out = [list(a | b), list(a & b), list(a - b), list(a ^ b), list(b - a), list(b & a),
           list(a.union(b, [5, 6])), list(a.intersection(b, range(50))), list(a.difference(b, [1, 2, 3])),
           list(a.symmetric_difference(list(b))), list(fa | b), list(fa & b), list(set(list(a))),
           list(a.copy()), list(frozenset(a) - b)]
    c = set(a); c |= b; out.append(list(c))
    c = set(a); c &= b; out.append(list(c))
    c = set(a); c -= b; out.append(list(c))
    c = set(a); c ^= b; out.append(list(c))
    c = set(a); c.update(b, range(3)); out.append(list(c))
    c = set(a); c.intersection_update(list(b)); out.append(list(c))
    c = set(a); c.difference_update(list(b)); out.append(list(c))
    c = set(a); c.symmetric_difference_update(list(b)); out.append(list(c))
    c = set(a); out.append([c.pop() for _ in range(min(3, len(c)))]); out.append(list(c))
    out.append(list({x: 1 for x in a}.keys() & b))
    out.append(list({x: 1 for x in a}.keys() | b))
    out.append(list({x: 1 for x in a}.keys() - b))
    out.append(list({x: 1 for x in a}.keys() ^ b))
    out.append(hash(fa))
    print(trial, out)
s = set(str(i) for i in range(30))
print(len(s))

# item views, reflected view operations, sets much smaller or larger than the other operand
d1 = {i: i % 3 for i in range(30)}
d2 = {i: i % 4 for i in range(10, 50)}
print(list(d1.items() ^ d2.items()))
print(list(d1.items() & d2.items()), list(d1.items() | d2.items())[:10], list(d1.items() - d2.items()))
print(list(set(range(5, 40)) & d1.keys()), list(set(range(5, 40)) - d1.keys()), list(set(range(5, 40)) ^ d1.keys()))
print(list(d1.keys() & set(range(5, 60))), list(d1.keys() & frozenset(range(5, 60))), list(d1.keys() & range(25, 0, -2)))
print(list(d1.keys() & d2.keys()), list(d2.keys() & d1.keys()), list(d1.keys() & [29, 3, 3, 100]))
big = set(range(1000))
small = {3, 500, 999, 2000}
print(list(small - big), len(big - small), list(small.difference(big)), list(big.intersection(small)))
s = set(small); s -= big; print(list(s))
s = set(range(100)); s.difference_update(range(0, 100, 2), [1, 3, 5]); print(list(s)[:10], len(s))
s = set(range(100)); s.intersection_update(range(50), {1, 2, 3, 77}); print(list(s))
s = set(range(20)); print(list(s.intersection()), list(s.difference()), s.intersection() is s)
print(type(frozenset([1]).intersection()).__name__, type(frozenset([1]) - {1}).__name__)

class S(set):
    pass
x = S(range(10))
print(type(x - {1}).__name__, type(x & {1}).__name__, type(x ^ {1}).__name__, type(x | {1}).__name__)
x &= {1, 2}
print(type(x).__name__, sorted(x))

try:
    {1, 2} - [[1]]
except TypeError as e:
    print('TypeError', e)
try:
    {1, 2}.difference([[1]])
except TypeError as e:
    print('TypeError', e)
try:
    {1, 2}.intersection([[1]])
except TypeError as e:
    print('TypeError', e)

# pop walks on from where it left off
t = set(range(40))
popped = [t.pop() for _ in range(5)]
t.add(0); t.add(1)
popped += [t.pop() for _ in range(5)]
print(popped, list(t)[:5])
while t:
    t.pop()
try:
    t.pop()
except KeyError as e:
    print('KeyError', e)

# hashes are not recomputed for elements that come from a set
class H:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
hs = {H(i) for i in range(10)}
H.calls = 0
r1 = hs - {H(1), H(2)}
r2 = hs & {H(3)}
r3 = hs ^ {H(4)}
hs2 = set(hs); hs2 -= {H(5)}
hs2 &= {H(6), H(7)}
print(len(r1), len(r2), len(r3), len(hs2), H.calls)
H.calls = 0
hd = dict.fromkeys(hs)
hd2 = dict.fromkeys(hd, 1)
hs3 = set(hd)
hs3.symmetric_difference_update(hd)
print(len(hd), len(hd2), len(hs3), H.calls)
