# `best = best.merge(p)` where merge returns self: the loop-carried local never changes while the
# trace runs (its checks move out of the loop), until merge returns another object.
class P:
    def __init__(self, x):
        self.x = x

    def merge(self, other, limit):
        if other.x > limit:
            return other
        if other.x > self.x:
            self.x = other.x
        return self


def run(limit, n=3000):
    points = [P((i * 37) % 1000 / 10.0) for i in range(n)]
    best = P(-1.0)
    start = best
    for p in points:
        best = best.merge(p, limit)
    return best.x, best is start, start.x


print(run(1000.0))
print(run(99.85))
print(run(-5.0))
