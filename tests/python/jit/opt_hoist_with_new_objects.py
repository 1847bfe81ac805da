# A loop that builds new objects (an inlined __init__ adding their attributes) reads an invariant
# object's attributes once per entry; an __init__ that also writes the invariant object keeps the
# reads in the loop. Attributes changed between entries and inside the loop are seen.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tap:
    def __init__(self, src, k):
        src.x = src.x + k
        self.v = src.x


def build(origin, n):
    out = []
    for i in range(n):
        out.append(V(origin.x + i, origin.y * 2.0))
    return out[-1].x, out[-1].y, len(out)


def tapped(origin, n):
    t = 0.0
    for i in range(n):
        t += Tap(origin, 0.5).v + origin.y
    return t, origin.x


o = V(1.0, 2.0)
print(build(o, 3000))
o.x = 10
print(build(o, 3000))
o.y = 0.5
o.x = 2.5
print(build(o, 3000))
print(tapped(V(0.0, 1.0), 3000))
print(tapped(V(1, 1), 3000))
