data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
# Stability under reverse: equal keys keep original order.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
# Mutating during sort is detected.
lst = [3, 2, 1]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1, 1, 0]]), sorted([], reverse=True))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
