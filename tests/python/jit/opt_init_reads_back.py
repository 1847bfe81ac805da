# An __init__ inlined in a traced loop reads back attributes it just added (the value stored, not
# a reload), overwrites one, and the loop's body around it keeps its hoisted checks: results and
# the objects' attributes as tier 1 makes them.
class P:
    def __init__(self, t):
        self.x = t * 0.5
        self.y = self.x * self.x
        self.x = self.y - 1.0
        self.z = self.x + self.y


def make(n, scale):
    out = []
    total = 0.0
    for i in range(n):
        p = P(i * scale)
        out.append(p)
        total += p.z - p.x
    return total, out[-1].__dict__, len(out)


print(make(3000, 0.01))
print(make(3000, 1))
P.__init__ = lambda self, t: setattr(self, "z", t) or setattr(self, "x", 0)
print(make(3000, 2))
