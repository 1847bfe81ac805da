# o[k] op= v runs as two fused triples (COPY 2, COPY 2, BINARY_SUBSCR and SWAP 3, SWAP 2,
# STORE_SUBSCR): each site below runs often enough to specialize its subscript forms, then meets
# other containers, user classes, errors and handlers, which must behave as the plain sequence.
class Logged:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __repr__(self):
        return "Logged(%r)" % (self.d,)

def bump(o, k, v):
    o[k] += v
    return o

l = [0, 1, 2]
for i in range(40):
    bump(l, i % 3, i)
    bump(l, -1, 1.5)
print(l)
print(bump({"a": 1}, "a", 2), bump({1: [1]}, 1, [2]), bump([[1]], 0, [2]))
print(bump(Logged(), "x", 5).d)
for o, k in (([1, 2], 5), ({}, "k"), ((1, 2), 0), ([1], "0"), ("ab", 0), (None, 0), ([1], 2 ** 70)):
    try:
        bump(o, k, 1)
        print("ok", o)
    except Exception as e:
        print(type(e).__name__, e)

# Every operator, in place on list items, dict values and nested subscripts.
m = [7, 7.5, 10 ** 20, "s", [1]]
for i in range(3):
    m[0] -= 2; m[0] *= 3; m[0] //= 2; m[0] %= 1000; m[0] **= 2; m[0] <<= 3; m[0] >>= 1
    m[0] &= 0xFFFF; m[0] |= 5; m[0] ^= 3
    m[1] /= 2; m[1] += 1; m[2] -= 1; m[3] *= 2; m[4] += [i]
print(m)
grid = [[0] * 3 for _ in range(3)]
d = {"n": {"m": 1}}
for i in range(30):
    grid[i % 3][(i * 7) % 3] += i
    d["n"]["m"] *= 2
print(grid, d)

# An error inside the right-hand side, the load and the store, caught by the enclosing handler.
def fails(o, k, f):
    try:
        o[k] += f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return o

for args in (([1], 0, lambda: 1), ([1], 3, lambda: 1), ([1], 0, lambda: 1 / 0), ([1], 0, lambda: "x"),
             ({}, 0, lambda: 1), (Logged(), 2, lambda: 3)):
    print(fails(*args))

# The site sees a list, then a dict, then a user class: each form misses and re-specializes.
def mixed(objs):
    out = []
    for o in objs:
        for i in range(25):
            o[1] += 1
        out.append(o[1])
    return out
print(mixed([[0, 0], {1: 0}, [5, 5, 5], {1: 2.5}]))
print(mixed([Logged()]))

# The traceback of an uncaught error points at the subscript.
row = [1, 2]
row[5] -= 1
