d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, ("d", 5) in items, "a" in keys, 4 in values)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(sorted(items & {("a", 1), ("b", 0)}), keys == {"a", "b", "c", "d"}, keys <= {"a", "b", "c", "d", "e"})
print(keys.isdisjoint({"x"}), keys.isdisjoint(["a"]), sorted(keys & ["a", "b"]))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(values == values, d.values() == d.values())
print(keys.mapping == d if hasattr(keys, "mapping") else "no mapping")
try:
    values | {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(keys)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    if k in "ace":
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"x": 1, "y": 2}
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k, v in d.items():
        d.pop("y")
except RuntimeError as e:
    print(type(e).__name__, e)
