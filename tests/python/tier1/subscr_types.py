# BINARY_SUBSCR / STORE_SUBSCR sites specialized on list, tuple, str, dict, then given others.

class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 10)

class D(dict):
    def __missing__(self, k):
        return ("missing", k)

class D2(dict):
    def __getitem__(self, k):
        return "D2"
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, ("set", v))

class T(tuple):
    def __getitem__(self, i):
        return "T"

class S(str):
    def __getitem__(self, i):
        return "S"

class Idx:
    def __index__(self):
        return 1

class MyInt(int):
    pass

def get(c, k):
    return c[k]

def get_all(pairs):
    out = []
    for c, k in pairs:
        try:
            out.append(get(c, k))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

lst = list(range(10))
tup = tuple(range(10))
s = "héllo wörld"
d = {i: i * i for i in range(10)}
d["k"] = "v"
phases = [
    [(lst, i % 10) for i in range(100)],
    [(lst, -1), (lst, -10), (lst, 10), (lst, -11), (lst, 2**70), (lst, True), (lst, Idx()), (lst, MyInt(3))] * 10,
    [(lst, slice(1, 3))] * 10,
    [(tup, i % 10) for i in range(100)],
    [(tup, -1), (tup, 10), (tup, -11), (tup, 1.0)] * 10,
    [(s, i % 11) for i in range(100)],
    [(s, -1), (s, 11), (s, "x")] * 10,
    [(d, i % 10) for i in range(100)],
    [(d, "k"), (d, "missing"), (d, [1]), (d, 3.0), (d, True)] * 10,
    [(L([1, 2]), 0), (D(), "x"), (D2(a=1), "a"), (T((1, 2)), 0), (S("ab"), 0)] * 20,
    [(lst, 3)] * 100,
    [(None, 1), (5, 0)] * 10,
]
for p in phases:
    r = get_all(p)
    print(len(r), r[:5], r[-3:])

def put(c, k, v):
    c[k] = v

def put_all(triples):
    out = []
    for c, k, v in triples:
        try:
            put(c, k, v)
            out.append("ok")
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

a = [0] * 10
m = {}
l2 = L([0, 0, 0])
d2 = D2()
r = put_all([(a, i % 10, i) for i in range(100)] + [(a, -1, "last"), (a, 10, 1), (a, -11, 1), (a, "x", 1)]
            + [(m, i % 7, i) for i in range(100)] + [(m, [1], 1), (l2, 1, 5), (d2, "q", 1), ((1, 2), 0, 1)])
print(r[-8:], a, sorted(m.items()), list(l2), dict(d2))

def hot_store(n):
    counts = {}
    arr = [0] * 16
    for i in range(n):
        counts[i % 5] = counts.get(i % 5, 0) + 1
        arr[i % 16] += i
    return counts, arr

print(hot_store(1000))
