# Binary operators implemented by Python dunders (BINARY_OP_USER): same-class and builtin
# right operands, NotImplemented answers continuing the protocol (reflected builtin slots,
# TypeError messages, in-place forms), and the deoptimizing changes: the dunder replaced,
# __iadd__ added, __class__ changed, a subclass with a reflected dunder on the right.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def combine(a, b, k):
    return (a + b) * k - a


def acc(vs):
    t = V(0, 0)
    for v in vs:
        t += v
    return t


vs = [V(k, -k) for k in range(5)]
for _ in range(30):
    r = combine(vs[1], vs[2], 2), combine(vs[3], vs[4], 0.5), acc(vs)
print(r)
print(3 * vs[1], vs[1] * 3)

for bad in ("s", None, 2):
    try:
        print(vs[0] + bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t = vs[0]
    t += "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(vs[0] * "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(vs[0] * [1])
except TypeError as e:
    print(type(e).__name__, e)


class W(V):
    def __radd__(self, other):
        return "W.__radd__"


print(combine(vs[1], vs[2], 3), vs[1] + W(1, 1))

# The dunder replaced on the class, then __iadd__ added.
V.__add__ = lambda self, other: "patched add"
print(vs[1] + vs[2], acc(vs[:1]))
V.__iadd__ = lambda self, other: "iadd"
print(acc(vs[:1]))
del V.__iadd__
del V.__add__
try:
    print(acc(vs[:1]))
except TypeError as e:
    print(type(e).__name__, e)
V.__add__ = lambda self, other: V(self.x + other.x, self.y + other.y)


class U:
    def __mul__(self, k):
        return "U*"


u = vs[3]
for _ in range(20):
    combine(vs[1], vs[2], 2)
    _ = u * 2
u.__class__ = U
print(u * 2)


# A dunder that raises and one that recurses without end.
class Bad:
    def __add__(self, other):
        raise ValueError("bad add")

    def __sub__(self, other):
        return self - other


def add(a, b):
    return a + b


for _ in range(20):
    add(vs[1], vs[2]) if False else None
try:
    add(Bad(), Bad())
except ValueError as e:
    print(type(e).__name__, e)
try:
    Bad() - Bad()
except RecursionError as e:
    print(type(e).__name__)


def sub(a, b):
    return a - b


for _ in range(20):
    sub(V(1, 1), V(2, 2))
print(sub(V(1, 1), V(5, 5)))
sub(V(1, 1), Bad())
