print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower))
try:
    sorted([1, 2], key=None, reverse=False, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5, 6][s], "abcdefg"[s], slice(3), slice(None), s.indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("slices are hashable")
except TypeError as e:
    print(type(e).__name__, e)
