# Exact-str keys take a fast path in dict lookups (identity, cached hash, content); what must
# still go through Python: a str subclass's own __eq__/__hash__, cross-type equal numeric keys,
# a key whose __eq__ changes the dict, and growth/deletion keeping insertion order.

class LoudStr(str):
    def __hash__(self):
        print("hash", str(self))
        return str.__hash__(self)
    def __eq__(self, other):
        print("eq", str(self), repr(other))
        return str.__eq__(self, other)

d = {"alpha": 1, "beta": 2}
k = LoudStr("alpha")
print(d[k])                   # hash called; plain "alpha" == LoudStr compares via the subclass
print(k in d, LoudStr("gamma") in d)
d[LoudStr("beta")] = 20       # replaces the value, keeps the plain-str key
print([(type(x).__name__, x) for x in d], d)
d2 = {LoudStr("x"): "sub"}
print(d2["x"])                # plain probe, stored subclass key: its __eq__ runs (reflected)
print(d2.get("y"))


class Plain(str):
    pass

d3 = {Plain("p"): 1}
print(d3["p"], "p" in d3, type(next(iter(d3))).__name__)
d3["p"] = 2
print(d3, type(next(iter(d3))).__name__)


class Caseless(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

d4 = {Caseless("Key"): 1}
print(d4.get("key"), d4.get("KEY"), d4.get("Key"), d4.get("kex"))
d5 = {"key": 1}
print(d5.get(Caseless("KEY")), d5.get(Caseless("key")))

# 1 == 1.0 == True share a slot; the first key stays.
n = {}
n[1] = "int"
n[1.0] = "float"
n[True] = "bool"
print(n, type(next(iter(n))).__name__)
n2 = {True: "t", 1.0: "f"}
print(n2, n2[1], 0 in {False: 1}, {0.0: "z"}[0])
big = {10 ** 20: "big"}
print(big[float(10 ** 20)], big.get(10.0 ** 20))


# A key whose __eq__ changes the dict: the lookup starts again and answers for the new table.
class Mutator(str):
    armed = True
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        if Mutator.armed:
            Mutator.armed = False
            target.clear()
            target["m"] = "after"
            for i in range(20):
                target["f%d" % i] = i
        return str.__eq__(self, other)

target = {}
target[Mutator("m")] = "before"
print(target["m"], len(target))

# Many keys: growth, deletions and re-insertions keep CPython's insertion order.
g = {}
for i in range(2000):
    g["k%d" % i] = i
for i in range(0, 2000, 3):
    del g["k%d" % i]
for i in range(0, 60, 3):
    g["k%d" % i] = -i
keys = list(g)
print(len(g), keys[:5], keys[-5:], sum(g.values()))
fresh = "".join(["k", "1", "9", "9", "9"])
print(fresh in g, g[fresh], g.get("k1998"), ("k" + str(1500)) in g)
try:
    for key in g:
        g[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in g:
        del g[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(len(g))
for key in list(g)[:3]:
    g[key] = "replaced"           # replacing values while iterating is allowed
print(list(g.items())[:3])
