a = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(a | f), type(a | f).__name__, type(f | a).__name__, type(a & f).__name__, type(f - a).__name__)
print(a == {3, 2, 1}, a <= f, a & f <= a, a.issubset(a), f > frozenset(), set() < a)
a.update(f, [10], (11,), "")
print(sorted(a))
b = set()
b |= f
print(sorted(b), b == f)
c = {x * y for x in range(4) for y in range(4)}
print(sorted(c), len(c))
s = {1, 2, 3}
print(s.union(), s.intersection(), s.difference(), s.copy() == s, s.copy() is s)
print({1, 2} ^ {2, 3} ^ {3, 4}, sorted({0, 1} | {True, False, 2}))
print(sorted(set(range(10)) - set(range(0, 10, 2)) - {9}))
try:
    a - [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a.difference([1])))
