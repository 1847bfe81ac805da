# LOAD_FAST + STORE_ATTR run as one LOAD_FAST__LOAD_ATTR dispatch (`self.x = <expr>`), next to
# list subscripts and attribute loads of two locals (`cells[q]`, `f(a, b.x)`, which a pair may
# also absorb): results, errors and their lines, and the attribute/subscript instruction
# changing form mid-loop must be exactly those of the separate instructions.
FIRST = 0


def where(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


def pick(cells, idx):
    out = []
    for q in idx:
        out.append(cells[q])
    return out


print(pick([10, 20, 30], [0, 2, 1, -1, -3] * 2))
for bad in ([5], ["x"], [True, 1.0]):
    try:
        print(pick([10, 20, 30], [0, 1] * 4 + bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, where(e))


class L(list):
    def __getitem__(self, k):
        return ("L", k)


print(pick([1, 2, 3] * 3, range(6)) + pick(L([1, 2]), range(3)))
print(pick({0: "a", 1: "b"}, [0, 1, 1]), pick("abc", [2, 1, 0]), pick((7, 8), [1, 0]))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx
        self.y = dx
        return self


class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class G:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __setattr__(self, name, v):
        object.__setattr__(self, name, ("set", v))


def build(cls, n):
    return [vars(o) if hasattr(o, "__dict__") else (o.x, o.y) for o in (cls(i, -i) for i in range(n))]


print(build(P, 4))
print(build(S, 4))
print(build(G, 3))
p = P(1, 2)
for k in range(6):
    if k == 3:
        p.__dict__["z"] = 0
    p.move(k)
print(vars(p))


class RO:
    __slots__ = ("x",)

    def __init__(self, x, y):
        self.x = x
        self.y = y


for args in ((1, 2),):
    try:
        RO(*args)
    except AttributeError as e:
        print(type(e).__name__, e, where(e))


def call_with(a, b):
    return max(a, b.x)


print([call_with(i, P(2, 0)) for i in range(4)])
try:
    call_with(1, 5)
except AttributeError as e:
    print(type(e).__name__, e, where(e))


def unbound(flag, o):
    if flag:
        v = 1
    o.x = v
    return o.x


print([unbound(True, P(0, 0)) for _ in range(3)])
try:
    unbound(False, P(0, 0))
except UnboundLocalError as e:
    print(type(e).__name__, e, where(e))
