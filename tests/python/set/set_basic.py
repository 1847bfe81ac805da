s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s, set(), set([1, 1, 2]), set("aab") == {"a", "b"})
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(sorted(c))
c.update([5], (6,))
c.intersection_update(range(7))
print(sorted(c))
c.difference_update({5})
c.symmetric_difference_update({6, 7})
print(sorted(c), c.pop() in {7}, c)
c.clear()
print(c, len(c), repr(set()), repr({1}), {(1, 2)}, {1, 2} == {2, 1}, {1} == frozenset({1}))
for thunk in [lambda: {[]}, lambda: set().pop(), lambda: {1} | [2], lambda: {1} < [1], lambda: set(5), lambda: s.__class__({1})[0]]:
    try:
        thunk()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted({x % 5 for x in range(20)}), {1.0, 1, True}, {0, False, 0.0})
