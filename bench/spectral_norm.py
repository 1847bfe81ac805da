"""Spectral-norm benchmark: the largest singular value of an infinite matrix, truncated.

A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1). Ten steps of the power method on A'A
give the norm; the checksum prints it rounded. Exercises float division, nested loops,
function calls and list comprehensions.

Usage: python3 bench/spectral_norm.py [N]    N = matrix dimension
"""
# bench-size: default=450 quick=40
import sys

from _iterclock import iteration_clock


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum([entry(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        result.append(total)
    return result


def times_ata(v):
    return times_transposed(times(v))


def main(n):
    u = [1.0] * n
    v = u
    tick = iteration_clock()
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
        tick()
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("checksum spectral_norm", n, "%.9f" % ((vbv / vv) ** 0.5))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 450)
