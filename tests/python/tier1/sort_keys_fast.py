# list.sort/sorted compare exact int/str/float keys and tuples of them without calling
# rich comparison; everything else (subclasses with their own __lt__, mixed types, NaN)
# must still sort exactly as CPython does.
words = ["pear", "fig", "apple", "fig", "kiwi", "date", "apple", "plum", "\u00e9t\u00e9", "\U0001F600x", "z\uffff"]
print(sorted(words))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted([(3, "b"), (1, "z"), (3, "a"), (1, "a"), (2,), (2, "x", 1), (2, "x")]))
print(sorted([(1.5, 2), (1.5, 1), (-0.0, 3), (0.0, 1), (float("inf"), 0), (-1e300, 9)]))
nan = float("nan")
# Two items: every sort algorithm makes the one comparison second < first.
t = (nan, 1)
print(sorted([(nan, 1), (nan, 0)]), sorted([t, (nan, 0)]), sorted([(nan, 0), t]), sorted([t, t]))
print(sorted([nan, 1.0]), sorted([1.0, nan]), sorted([(1.0, nan), (1.0, 0.5)]))
print(sorted([10**30, -10**30, 5, 2**63, -2**63 - 1, 0]))
print(sorted([(10**30, "a"), (5, "b"), (10**30, "")]))
print(sorted([(1, 2.5), (1, 2), (1, True), (0, False)]))
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)
print(sorted([(Rev(1), "a"), (Rev(2), "b"), (Rev(3), "c")]))
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str(self), str(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__
print(sorted([(Loud("b"), 2), (Loud("a"), 1)]))
for bad in ([(1, "a"), (1, 2)], [(1,), ("a",)], [1, "a"]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
stable = sorted([(i % 3, -i) for i in range(12)], key=lambda p: p[0])
print(stable)
big = [((i * 7919) % 101, str(i)) for i in range(300)]
print(sorted(big)[:5], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda p: p))
