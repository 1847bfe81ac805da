d = dict(one=1, two=2, three=3)
print(sorted(d, key=d.get), max(d, key=d.get), min(d.values()), sum(d.values()))
inverse = {v: k for k, v in d.items()}
print(inverse)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(list(d.items())[0], dict(sorted(d.items())), dict(reversed(list(d.items()))))
print(repr({}), repr({"k": "v"}), str({1: [2, {3: 4}]}), {"a": None}.get("a", "dflt"))
print(dict.__name__, type({}).__name__, len({i: i for i in range(100)}), {**{}})
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(M()), {**M()})
print({1: "a"}.__contains__(1), {}.__len__(), {"x": 1}.__getitem__("x"))
