"""Float benchmark: many small objects with float attributes.

Creates N points on a pseudo-random curve, normalises each, then folds them into a running
maximum per coordinate. Exercises object allocation, attribute stores and loads, float
arithmetic and method calls (polynomial approximations stand in for sin and cos, since the
benchmarks import nothing but sys).

Usage: python3 bench/float_objects.py [N]    N = number of points per round (5 rounds)
"""
# bench-size: default=300000 quick=3000
import sys

from _iterclock import iteration_clock


def approx_sin(x):
    # Odd Taylor polynomial, good enough on [-pi, pi] for a benchmark.
    x2 = x * x
    return x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0))))


def approx_cos(x):
    x2 = x * x
    return 1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0)))


class Point:
    def __init__(self, t):
        self.x = approx_sin(t)
        self.y = approx_cos(t) * 3.0
        self.z = self.x * self.x / 2.0

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        length = (x * x + y * y + z * z) ** 0.5
        self.x = x / length
        self.y = y / length
        self.z = z / length

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def __repr__(self):
        return "<Point %.6f %.6f %.6f>" % (self.x, self.y, self.z)


def run(n, phase):
    points = []
    step = 6.2 / n
    for i in range(n):
        points.append(Point(i * step - 3.1 + phase))
    for p in points:
        p.normalize()
    total = 0.0
    for p in points:
        total += p.x - p.y * 0.5 + p.z * 0.25
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best, total


def main(n):
    totals = []
    tick = iteration_clock()
    for r in range(5):
        best, total = run(n, r * 0.001)
        totals.append("%.6f" % total)
        tick()
    print("checksum float", n, repr(best), " ".join(totals))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
