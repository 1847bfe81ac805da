# COMPARE_OP and UNPACK_SEQUENCE specializations, their deoptimization and edge cases.

class Weird(int):
    def __lt__(self, o):
        return "Weird.lt"
    def __eq__(self, o):
        return "Weird.eq"
    __hash__ = int.__hash__

class WStr(str):
    def __eq__(self, o):
        return "WStr.eq"
    def __ne__(self, o):
        return "WStr.ne"
    __hash__ = str.__hash__

class WFloat(float):
    def __gt__(self, o):
        return "WFloat.gt"

def cmps(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

pairs = ([(i, 50) for i in range(100)] + [(i * 0.5, 25.0) for i in range(100)]
         + [("abc"[i % 3], "b") for i in range(100)]
         + [(2**70, 2**70), (-2**70, 1), (1, 1.0), (1.5, 1), (float("nan"), float("nan")), (0.0, -0.0),
            ("é", "e"), ("\U0001f600", "\uffff"), ("", "a"), ("ab", "abc"), (True, 1), (None, None),
            (Weird(1), 2), (WStr("x"), "x"), (WFloat(1.0), 0.5), ((1, 2), (1, 3)), ([1], [1])] * 10
         + [(i, 50) for i in range(100)])
res = []
for a, b in pairs:
    try:
        res.append(cmps(a, b))
    except TypeError as e:
        res.append(str(e))
print(len(res))
for r in res[95:105] + res[195:205] + res[295:330]:
    print(r)
for a, b in [(None, 1), ("a", 1), (1, "a")]:
    for i in range(30):
        try:
            a < b
        except TypeError as e:
            err = str(e)
    print(err)

def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return c, b, a

class T(tuple):
    def __iter__(self):
        return iter(("T1", "T2"))

class LL(list):
    def __iter__(self):
        return iter(("L1", "L2"))

def gen():
    yield "g1"
    yield "g2"

items = ([(i, i + 1) for i in range(100)] + [[i, -i] for i in range(100)]
         + [T((1, 2)), LL([1, 2]), "ab", gen(), {1: 2, 3: 4}, (1, 2, 3), (1,), [1, 2, 3], [], "abc", 5]
         + [(i, i) for i in range(100)])
out = []
for s in items:
    try:
        out.append(unpack2(s))
    except (ValueError, TypeError) as e:
        out.append(type(e).__name__ + ": " + str(e))
print(len(out), out[98:102], out[198:212], out[-1])
print([unpack3((i, i * 2, i * 3)) for i in range(60)][-1], unpack3([1, 2, 3]), unpack3("xyz"))

def swap_loop(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a
        x, (y, z) = i, (a, b)
    return a, b, x, y, z

print(swap_loop(101))
for k in range(3):
    try:
        a, b = [1, 2, 3][:k + 1]
        print(a, b)
    except ValueError as e:
        print("ValueError", e)
