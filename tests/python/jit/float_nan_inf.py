# nan and inf comparisons, arithmetic and formatting in hot loops.
import math


def main():
    nan = float("nan")
    inf = float("inf")
    counts = [0] * 6
    for i in range(3000):
        v = nan if i % 3 == 0 else (inf if i % 3 == 1 else float(i))
        counts[0] += v == v
        counts[1] += v != v
        counts[2] += v < inf
        counts[3] += v > 1e308
        counts[4] += math.isnan(v)
        counts[5] += (v - v) == 0
    print(counts)
    acc = 0.0
    for i in range(3000):
        acc += 1e305 * (i + 1)
        if i == 2999:
            print(acc, acc - acc, acc * 0, -acc)
    m = nan
    for i in range(3000):
        m = max(m, float(i))
    print(m, max(1.0, nan), min(nan, 1.0))
    x = [inf, -inf, nan, 0.0, -0.0]
    r = []
    for i in range(3000):
        a = x[i % 5]
        b = x[(i // 5) % 5]
        if i < 25:
            r.append((a + b, a * b, a > b, a == b))
    for t in r:
        print(*t)
    print(nan in [nan], [nan] == [nan], nan is nan, float("nan") in [float("nan")])


main()
