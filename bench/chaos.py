"""Chaos-game benchmark: a Barnsley-fern-like fractal drawn by random affine maps.

A point is moved N times by one of four affine maps picked with fixed weights from a
deterministic generator; hits are counted on a grid. Exercises attribute loads and
stores on small objects, method calls, float arithmetic, int() truncation and dict updates.

Usage: python3 bench/chaos.py [N]    N = number of iterations
"""
# bench-size: default=1500000 quick=10000
import sys

from _iterclock import iteration_clock


class Rng:
    """A 31-bit linear congruential generator (same numbers on every runtime)."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def unit(self):
        return self.next_int() / 2147483648.0


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, point):
        x = point.x
        y = point.y
        point.x = self.a * x + self.b * y + self.e
        point.y = self.c * x + self.d * y + self.f


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Game:
    def __init__(self, maps, width, height):
        self.maps = maps
        self.width = width
        self.height = height
        self.cumulative = []
        total = 0.0
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total

    def choose(self, rng):
        r = rng.unit() * self.total
        i = 0
        for bound in self.cumulative:
            if r < bound:
                return self.maps[i]
            i += 1
        return self.maps[-1]

    def cell(self, point):
        # The fern lies within x in [-2.2, 2.7], y in [0, 10].
        col = int((point.x + 2.2) / 4.9 * (self.width - 1))
        row = int(point.y / 10.0 * (self.height - 1))
        if col < 0:
            col = 0
        elif col >= self.width:
            col = self.width - 1
        if row < 0:
            row = 0
        elif row >= self.height:
            row = self.height - 1
        return row * self.width + col

    def play(self, iterations, seed, tick):
        rng = Rng(seed)
        point = Point(0.0, 0.0)
        hits = {}
        block = max(iterations // 10, 1)
        for start in range(0, iterations, block):
            # Ten blocks of the same iterations, timed per block.
            for i in range(start, min(start + block, iterations)):
                self.choose(rng).apply(point)
                if i >= 20:
                    key = self.cell(point)
                    hits[key] = hits.get(key, 0) + 1
            tick()
        return hits


def main(iterations):
    maps = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    game = Game(maps, 160, 320)
    hits = game.play(iterations, 20261130, iteration_clock())
    fold = 0
    for key in sorted(hits):
        fold = (fold * 1000003 + key * 7 + hits[key]) % (1 << 61)
    print("checksum chaos", iterations, len(hits), max(hits.values()), fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)
