# An exit that builds a virtual instance or tuple boxes its attributes and items too: more objects
# than the snapshot has slots. Their temporaries once overlapped the ones holding the slots' values,
# so another local of the frame got an attribute's box (fuzz seed 10038: a loop-carried int lost).


class P:
    def __init__(self, v):
        self.w = v % 13
        self.f = v * 0.5


class Q(P):
    pass


class R:
    def __init__(self, v):
        self.w = v % 7
        self.v = v + 1


def instance(n):
    b = 79
    k = 0
    for i in range(n):
        o = P(i % 50)
        if i == n // 2:
            k = (o.w, o.f, type(o).__name__)
        b = (b + i) % 42
        o = None
    return b, k


def items(n):
    b = 5
    k = 0
    for i in range(n):
        t = (i * 2, i * 0.5, i + 7)
        if i == n // 2:
            k = t
        b = (b + i) % 42
        t = None
    return b, k


G = 22


# fuzz seed 10038's kernel k5, minimized: the exit taken when G is rebound names a virtual Q
def k5(n):
    global G
    a = 4611686018427387904
    c = 9223372036854775000
    b = 79
    x = -0.0
    y = 1.5
    p = 5
    msgs = 0
    L = [0, 4, 1, 4, 5]
    T = (6, 5)
    for i in range(n):
        o = Q(i % 50)
        if i == n // 2:
            G = G + 9
        b = (b + i) % 42
        o = R(i % 50)
    return a, b, x, y, p, msgs, L, T, o.v, o.w, c, i


for n in (1, 2, 3000):
    print("instance", n, instance(n))
    print("items", n, items(n))
print("k5", k5(1000))
print("k5", k5(3000))
print("G", G)
