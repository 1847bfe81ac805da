d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in d)
del d["b"]
d["b"] = 2
print(d)
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", range(2))))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}, {None: 0})
print(d == {"c": 3, "a": 1, "b": 2}, d != {}, {1: 2} == {1.0: 2})
for thunk in [lambda: d["missing"], lambda: {[]: 1}, lambda: dict([1, 2]), lambda: dict([("a",)]),
              lambda: {} < {}, lambda: dict(1), lambda: d[[]]]:
    try:
        thunk()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("new", []), d.setdefault("c", 99), d)
d.setdefault("new", []).append(1)
print(d)
d.update({"c": 30}, d=4)
d.update([("e", 5)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
c = d.copy()
c["only_in_copy"] = 1
d.clear()
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
