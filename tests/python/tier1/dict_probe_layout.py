# dict lookups after the entry-table layout change: str keys found by equality (not identity),
# keys whose hashes collide, __eq__ called only on a full hash match, a lookup restarted when
# __eq__ mutates the dict, deletion and reinsertion, growth, and copy() without rehashing.

class Key:
    eq_calls = 0
    hash_calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        Key.hash_calls += 1
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


# str keys: a fresh equal string finds the entry
d = {}
for i in range(2000):
    d["k" + str(i)] = i
print(len(d), d["k" + "1999"], ("k" + "7") in d, ("k" + "2000") in d, d.get("k" + "0"))

# colliding hashes: equality decides, __eq__ runs only when the full hashes match
a, b, c = Key("a", 5), Key("b", 5), Key("c", 5 + (1 << 40))
e = {a: 1, b: 2, c: 3}
Key.eq_calls = 0
print(e[Key("b", 5)], e[Key("c", 5 + (1 << 40))], Key.eq_calls)
Key.eq_calls = 0
print(Key("z", 5 + (1 << 41)) in e, Key.eq_calls)

# ints and strs with equal hashes are different keys
f = {1: "int", "1": "str", 1.0: "float"}
print(f, f[1], f["1"])

# deletion then reinsertion, iteration order
g = {str(i): i for i in range(10)}
for i in range(0, 10, 2):
    del g[str(i)]
g["4"] = 40
g["x"] = 0
print(list(g.items()))
print(g.pop("3"), g.pop("3", "gone"), len(g))

# __eq__ that clears the dict while a lookup runs: the lookup starts again
class Clearing:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.target.clear()
        return False


h = {}
h[Key("p", 7)] = "p"
print(Clearing(h) in h, h)
h[Clearing(h)] = "c"
print(Key("q", 7) in h, h)

# copy keeps order and values, and calls no __hash__
k = {Key("m", 1): 1, Key("n", 2): 2, "s": 3}
del k["s"]
k["t"] = 4
Key.hash_calls = 0
k2 = k.copy()
k3 = dict(k)
k4 = {"first": 0}
k4.update(k)
print(list(k2.items()), list(k3.values()), list(k4.values()), Key.hash_calls)
k2[Key("m", 1)] = 10
print(list(k.values()), list(k2.values()))

# many deletions and growth
m = {}
for i in range(5000):
    m[i] = i
    if i % 3 == 0 and i // 2 in m:
        del m[i // 2]
print(len(m), sum(m), m.get(4998), 1 in m)
