f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 1 in f, type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
print(frozenset(), repr(frozenset()), repr(frozenset([5])), frozenset("a") == {"a"})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {f: "as key"}[frozenset([1, 2, 3])])
print(sorted(f.union([7])), sorted(f.difference({1})), f.issubset(range(5)), f.copy() is f)
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset([1, 2]) in {frozenset([2, 1])}, {1, 2} in {frozenset([1, 2])})
