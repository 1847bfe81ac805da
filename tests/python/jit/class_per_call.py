# A class statement run by each call of the function around it, its instances used in a hot
# loop: every call brings another class object of the same name (the JIT drops the trace once,
# then leaves the loop to tier 1).


def counter(n, step):
    class Point:
        scale = step

        def __init__(self):
            self.pos = 0

        def bump(self):
            self.pos += self.scale
            return self.pos

    p = Point()
    total = 0
    for i in range(n):
        p.pos += 1
        total += p.bump()
    return p.pos, total, type(p).__name__


def records(n, extra):
    class Rec:
        __slots__ = ("a", "b")

        def __init__(self, a, b):
            self.a = a
            self.b = b

    out = []
    for i in range(n):
        r = Rec(i, i * extra)
        if i % 250 == 0:
            out.append((r.a, r.b, isinstance(r, Rec)))
    return out


def changing_attrs(n, k):
    class Box:
        pass

    b = Box()
    b.v = 0
    for i in range(n):
        b.v = b.v + (k if i % 3 else 1)
        if i == n // 2 and k == 2:
            Box.flag = "set"
    return b.v, getattr(b, "flag", None)


for step in range(1, 7):
    print("counter", step, counter(1500 + step, step))
for extra in (2, 3, 4):
    print("records", extra, records(1200, extra))
for k in (1, 2, 3, 2.5):
    print("changing_attrs", k, changing_attrs(1300, k))
