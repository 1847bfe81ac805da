"""Unpack-sequence benchmark: tuple and list unpacking in every common form.

Swaps and rotations through tuple assignment, unpacking of fixed-size tuples and lists in
for loops, starred targets, nested targets and returns of several values. Exercises
UNPACK_SEQUENCE / UNPACK_EX and BUILD_TUPLE on small sequences.

Usage: python3 bench/unpack_sequence.py [N]    N = number of outer iterations
"""
# bench-size: default=1000000 quick=3000
import sys

from _iterclock import iteration_clock


def divmod_pair(a, b):
    return a // b, a % b


def minmax(seq):
    lo = hi = seq[0]
    for x in seq:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def main(n):
    a, b, c, d = 1, 2, 3, 4
    points = [(i, i * 2, i * 3) for i in range(8)]
    rows = [[i, -i] for i in range(8)]
    total = 0
    tick = iteration_clock()
    block = max(n // 10, 1)
    for start in range(0, n, block):
        # Ten blocks of the same iterations, timed per block.
        for i in range(start, min(start + block, n)):
            a, b = b, a
            a, b, c = c, a, b
            a, b, c, d = d, c, b, a
            q, r = divmod_pair(i + 17, 7)
            x, y, z = points[i & 7]
            u, v = rows[i & 7]
            first, *middle, last = points[(i + 3) & 7]
            (p, s), t = (q, r), x
            lo, hi = minmax((x, y, z, u, v))
            for e, f, g in points[:3]:
                total += e - f + g
            total += a * 1000 + b * 100 + c * 10 + d + q + r + y - z + u + v
            total += first + len(middle) + last + p + s + t + lo + hi
            total &= 0xFFFFFFFF
        tick()
    print("checksum unpack_sequence", n, a, b, c, d, total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
