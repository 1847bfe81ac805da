# user subclasses of set, frozenset, list, tuple, dict, int and str: overridden dunders are honoured, results of operators are base types
class S(set):
    def __init__(self, it=(), tag="t"):
        super().__init__(it)
        self.tag = tag
    def __repr__(self):
        return "S%s" % sorted(self)
s = S([3, 1], tag="x")
print(s, s.tag, len(s), 3 in s, type(s | {9}).__name__, type(s.copy()).__name__, s == {1, 3}, isinstance(s, set))
s.add(7)
print(sorted(s), s.__dict__, hash(frozenset(s)) == hash(frozenset({1, 3, 7})))
class F(frozenset):
    def __new__(cls, it=(), extra=None):
        inst = super().__new__(cls, it)
        inst.extra = extra
        return inst
f = F([1, 2], extra="e")
print(sorted(f), f.extra, type(f).__name__, hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([1, 2])], f == frozenset([1, 2]))
print(type(F()).__name__, F() == frozenset(), type(frozenset(f)).__name__, frozenset(f) is f)
class HashS(set):
    __hash__ = lambda self: 42
print(hash(HashS([1])), {HashS([1]): "k"}[HashS([1])] if True else None)
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return 99
l = L([1, 2, 3])
print(l[0], l[1:], len(l), list(l), [x for x in l], sorted(l), l == [1, 2, 3], repr(l))
class T(tuple):
    def __len__(self):
        return 1
t = T((1, 2))
print(len(t), list(t), t[1], t + (3,), bool(T()))
class D(dict):
    def __getitem__(self, k):
        return "D" + str(k)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d["b"] = 2
print(d, d["zz"], d.get("a"), dict(d), {**d}, list(d.items()))
d.update(c=3)
print(d, D.fromkeys("xy", 1), type(D.fromkeys("x")).__name__)
class I(int):
    def __add__(self, o):
        return "I.add"
print(I(1) + 1, 1 + I(1), sum([I(1), 2]), I(5) * 2, -I(3), type(abs(I(-3))).__name__)
class Str(str):
    def upper(self):
        return "custom"
print(Str("a").upper(), Str("ab") + "c", type(Str("ab") + "c").__name__, "x".join([Str("a"), Str("b")]), Str("q") == "q", {Str("k"): 1}["k"])
