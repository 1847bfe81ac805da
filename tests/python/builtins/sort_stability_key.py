# sorted/list.sort: stability, key called once per element, reverse stability, errors
calls = []
def key(x):
    calls.append(x)
    return x[0]
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(data, key=key))
print(len(calls), calls == data)
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 101 for i in range(300)]
pairs = [(v % 10, i) for i, v in enumerate(big)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(sorted(big)[:10], sorted(big, reverse=True)[:5])
lst = [3, 1, 2]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
lst = [5, 3, 1]
def mutating(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutating)
except ValueError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim
    def __lt__(self, other):
        self.victim.clear()
        return self.v < other.v
victim = []
victim.extend(Cmp(i, victim) for i in (3, 2, 1))
try:
    victim.sort()
    print("sorted without error", len(victim))
except ValueError as e:
    print(type(e).__name__, e)
for bad in [[1, "a"], [None, None], [{}, {}], [1j, 2j]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for args, kwargs in [((), {}), (([1], None), {}), (([1],), {"cmp": 1}), ((5,), {}), (([1],), {"key": 5})]:
    try:
        print(sorted(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=1))
print(sorted([1.5, 1, True, 0.5, False]), sorted([-0.0, 0, 0.0]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
nan = float("nan")
print(sorted([3, 1, 2], key=lambda x: -x), min([3, 1, 2], key=lambda x: -x))
