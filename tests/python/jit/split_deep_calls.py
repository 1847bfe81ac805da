# A loop body too long for one trace because of the calls it inlines (four levels deep, with
# instances made and dunders run): the recording is split between the calls, and exits inside
# the inlined calls of the later pieces (a method whose branch flips, an attribute of another
# type) resume the interpreter in the right frames.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def clamp(self, lim):
        if self.dot(self) > lim:
            return self * 0.5
        return self


def step(p, q, k):
    return (p + q * k).clamp(1e6)


def deepest(p, q, k):
    r = step(step(p, q, k), q, k + 1)
    return step(step(r, p, k), p, k + 1)


def run(n, flip, odd):
    p = V(1.0, 2.0, 3.0)
    q = V(0.5, -0.25, 0.125)
    acc = 0.0
    out = []
    for i in range(n):
        r = deepest(p, q, 1.0)
        s = deepest(r, q, 2.0)
        t = deepest(s, p, 0.5)
        u = t * 1.5
        w = s * 0.25
        if i == flip:
            q = V(1e4, 1e4, 1e4)
        if i == odd:
            p = V(1, 2, 3)
        acc = (acc + w.dot(q) + u.x - t.y + s.z) % 1000.0
        p = V(r.x % 7.0, s.y % 7.0, t.z % 7.0)
        if i % 900 == 0:
            out.append((i, round(acc, 6)))
    return round(acc, 6), out


N = 3000
print(run(N, -1, -1))
print(run(N, 2500, -1))
print(run(N, -1, 2600))
print(run(N, 1800, 2200))
