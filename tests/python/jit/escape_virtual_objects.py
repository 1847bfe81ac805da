# Objects created in a hot loop that usually die, but escape on some iterations (stored,
# returned, raised) and must then be complete and distinct.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class V:
    def __init__(self, a):
        self.a = a

def make(i):
    v = V(i)
    if i == 2999:
        raise ValueError(v)
    return v.a


def main():
    kept = []
    s = 0
    for i in range(3000):
        p = P(i, -i)
        q = (p.x, p.y, i * 2)
        s += q[0] + q[1] + q[2]
        if i % 1000 == 999:
            kept.append((p, q))
    print(s, [(p.x, p.y, q) for p, q in kept], len({id(p) for p, q in kept}))
    print(p.x, p.y, q)
    t = 0
    try:
        for i in range(3000):
            t += make(i)
    except ValueError as e:
        print(t, e.args[0].a, type(e.args[0]).__name__)
    last = None
    for i in range(3000):
        tup = (i, [i], {"k": i})
        if i == 2998:
            last = tup
        tup[1].append(0)
    print(last)
    pts = []
    for i in range(3000):
        pair = (i, i + 1)
        a, b = pair
        if a % 1500 == 0:
            pts.append(pair)
    print(pts, pts[0] is not pts[1])


main()
