class Loud:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return 1
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name
    def __repr__(self):
        return self.name
d = {}
a = Loud("a")
print(d.setdefault(a, 1))
print(d.setdefault(a, 2))
print(d.get(Loud("a")), d.get(Loud("b"), "missing"))
print(a in d, d.pop(a), d)
counts = {}
for w in "to be or not to be".split():
    counts.setdefault(w, 0)
    counts[w] += 1
print(counts)
print({}.get("k"), {"k": None}.get("k", "dflt"), {"k": 0}.get("k") or "falsy")
