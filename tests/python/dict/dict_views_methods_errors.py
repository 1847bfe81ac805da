# dict views' set operations and reprs, fromkeys/popitem/|/|=, constructor and method errors, __missing__, reversed iterators
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k & {"a", "z"} == {"a"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k.isdisjoint({"x"}))
print(sorted(d.items() & {("a", 1)}), ("a", 1) in d.items(), ("a", 2) in d.items(), d.keys() == {"a", "b", "c"})
print(repr(d.keys()), repr(d.values()), repr(d.items()), len(d.values()), list(reversed(d.values())))
print(k.mapping, type(k.mapping).__name__)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(d | {"z": 0}, {"z": 0} | d)
d |= [("y", 9)]
print(d)
try:
    d | [("y", 9)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a=1, **{"b": 2}), dict({"x": 1}, y=2), dict([("p", 1)], p=5))
try:
    {}.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.update([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop()
except TypeError as e:
    print(type(e).__name__, e)
print({}.pop(1, "dflt"), {1: 2}.setdefault(1), {}.setdefault(3), d.get("zz"))
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m["a"], m["xy"], m.get("xy"), "xy" in m, repr(m), type(m.copy()).__name__)
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, {1: 2}.keys() <= {1, 2}, {(1, 2): 3}[1, 2])
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print(type(e).__name__, e)
od = {}
for i in range(10):
    od[i] = i
del od[3]
od[3] = "again"
print(list(od), list(od.values())[-1])
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1]))
print(dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
it = iter(d)
print(next(it), type(it).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(reversed(d)).__name__)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), list(reversed({})))
r = reversed(d)
print(type(r).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__, next(r))
d["e"] = 5
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
