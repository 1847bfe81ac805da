# set/frozenset methods with several arguments, operators with non-sets, mutation errors
s = {1, 2, 3}
print(sorted(s.union([4], (5,), range(6, 8))), sorted(s.intersection([1, 2], {2, 3, 9})), sorted(s.difference([1], [2])))
print(sorted(s.symmetric_difference([3, 4])), s.issubset(range(5)), s.issuperset([1]), s.isdisjoint("abc"))
print(s.union(), s.intersection(), s.difference(), s.copy() == s, s.copy() is not s)
t = set(s)
t.update([10], {11}, (12,))
t.intersection_update(range(11), [1, 2, 10])
print(sorted(t))
t.difference_update([1], [2])
t.symmetric_difference_update([10, 99])
print(sorted(t))
for op in [lambda: s | [1], lambda: s & "a", lambda: s - (1,), lambda: s ^ None, lambda: s < [1],
           lambda: s.update(5), lambda: s.union(1), lambda: s.symmetric_difference(1, 2),
           lambda: s.add([]), lambda: {[]}, lambda: set(5), lambda: frozenset(1, 2), lambda: s.isdisjoint(5)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.remove([])
except TypeError as e:
    print(type(e).__name__, e)
print({1}.discard(2), [] in {1} if False else "skip", frozenset([1]) in {frozenset([1])})
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
u = {1, 2}
print({1, 2} in {frozenset({1, 2})}, u.remove if False else "set as key lookup ok")
u2 = {frozenset({1, 2}): "fs"}
print(u2[frozenset([2, 1])], u2.get(frozenset()), {1, 2} == frozenset({1, 2}))
try:
    u2[{1, 2}]
except TypeError as e:
    print(type(e).__name__, e)
v = set(range(5))
try:
    for x in v:
        v.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
v = set(range(5))
try:
    for x in v:
        v.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), repr({()}), str({None}))
class S(set):
    pass
class F(frozenset):
    pass
print(repr(S()), repr(S([1])), repr(F()), repr(F([2])), type(S([1]) | {2}).__name__, type(F([1]) & {1}).__name__)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2}, {1} < {1}, {1, 2} == {2, 1}, set() == frozenset())
print(frozenset([1, 2]) | {3}, type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash(set())
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset([1])
print(fs.copy() is fs, frozenset(fs) is fs, hasattr(fs, "add"))
w = {1, 2, 3}
w -= {1}
w |= {9}
w &= {2, 9, 10}
w ^= {2, 7}
print(sorted(w), len(w), 7 in w, 2 in w)
x = {1.0, 1, True}
print(x, {0, False, 0.0, -0.0}, len({float("nan"), float("nan")}))
n = float("nan")
print(len({n, n}), n in {n})
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
    def __repr__(self):
        return "H%d" % self.v
hs = {H(i) for i in range(10)} | {H(3)}
print(len(hs), sorted(hs, key=lambda h: h.v)[:4], H(4) in hs, H(40) in hs)
print(sorted({i * i % 7 for i in range(20)}), set("mississippi") == set("misp"))
print(s.__contains__(1), s.__len__(), sorted(s.__or__({7})), s.__or__([7]))
