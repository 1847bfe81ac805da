# dict survives keys whose __eq__/__hash__ mutate it; iteration-time mutation errors
class Evil:
    def __init__(self, h, d=None, action=None):
        self.h, self.d, self.action = h, d, action
        self.eq_calls = 0
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.eq_calls += 1
        if self.action == "clear" and self.d is not None:
            self.d.clear()
        elif self.action == "add" and self.d is not None and len(self.d) < 50:
            self.d[len(self.d) + 1000] = 0
        elif self.action == "del" and self.d is not None:
            for k in list(self.d):
                if k is not self:
                    del self.d[k]
                    break
        return self is other
    def __repr__(self):
        return "Evil(%d)" % self.h
for action in ["clear", "add", "del"]:
    d = {}
    b = Evil(1, d, action)
    d[b] = "b"
    d[2] = "two"
    a = Evil(1)
    try:
        print(action, "lookup", d.get(a, "missing"), a in d, b.eq_calls > 0)
        d[a] = "a"
        print(action, "after", len(d), sorted(repr(k) for k in d), d.get(b, "gone"))
    except RuntimeError as e:
        print(action, type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        d.pop(k)
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
for k in d:
    d[k] = 2
print(d)
d = {i: i for i in range(3)}
for view in (d.keys(), d.values(), d.items()):
    try:
        for x in view:
            d[len(d) + 10] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
class HashCounter:
    hashes = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        HashCounter.hashes += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, HashCounter) and self.v == other.v
d = {}
k = HashCounter(1)
d[k] = 1
d[k] += 1
d.get(k)
k in d
d.setdefault(k, 0)
d.pop(k)
print(HashCounter.hashes)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
for op in [lambda: {BadHash(): 1}, lambda: {}.get(BadHash()), lambda: BadHash() in {}, lambda: {1: 2}.pop(BadHash())]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
class BadEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise KeyError("eq failed")
d = {BadEq(): 1}
try:
    d[BadEq()]
except KeyError as e:
    print(type(e).__name__, e)
class HashStr:
    def __hash__(self):
        return "x"
try:
    hash(HashStr())
except TypeError as e:
    print(type(e).__name__, e)
class HashBig:
    def __hash__(self):
        return 2**100
print(hash(HashBig()) == hash(2**100))
class HashBool:
    def __hash__(self):
        return True
print(hash(HashBool()))
many = {}
for i in range(1000):
    many[i * 7] = i
for i in range(0, 1000, 2):
    del many[i * 7]
print(len(many), sum(many.values()), list(many)[:5], many.get(14), many.get(7))
