# A loop whose trace has dozens of guards and dozens of live values at each (too big for one
# JVM method with its exit blocks inside): exits from an early, a middle and a late guard must
# each resume the interpreter with every variable exactly as the loop left it.


def pair(a, b):
    return a // b, a % b


def spread(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def run(n, items, middle, bump):
    a, b, c, d = 1, 2, 3, 4
    points = [(k, k * 2, k * 3) for k in range(8)]
    rows = [[k, -k] for k in range(8)]
    total = 0
    seen = []
    for i in range(n):
        w = items[i] + 0                  # early: an item of another type (a big int, a bool)
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        q, r = pair(i + 17, 7)
        x, y, z = points[i & 7]
        u, v = rows[i & 7]
        first, *middle_items, last = points[(i + 3) & 7]
        (p, s), t = (q, r), x
        lo, hi = spread((x, y, z, u, v))
        total += w + a * 1000 + b * 100 + c * 10 + d + q + r + y - z + u + v
        if i == middle:                   # middle: a branch the trace never took
            seen.append(("middle", i, a, b, c, d, q, r, x, y, z, u, v, total))
        total += first + len(middle_items) + last + p + s + t + lo + hi
        total += bump[i]                  # late: past 64 bits where bump has a big int
        total &= 0xFFFFFFFFFFFF
        if i % 97 == 0:
            seen.append((i, w, a, b, c, d, q, r, p, s, t, lo, hi, first, last, total))
    return a, b, c, d, q, r, x, y, z, u, v, first, middle_items, last, p, s, t, lo, hi, total, seen


def items(n, odd):
    out = list(range(n))
    for j, k in enumerate(odd):
        out[k] = True if j % 2 else (1 << 66) + k
    return out


def bumps(n, big):
    out = [k & 3 for k in range(n)]
    for k in big:
        out[k] = 1 << 70
    return out


N = 3000
print(run(N, items(N, []), -1, bumps(N, []))[:-1])
# early guard: the item's class (a big int)
res = run(N, items(N, [2200]), -1, bumps(N, []))
print(res[:-1])
print(res[-1][-5:])
# middle guard: the branch at i == 2500
res = run(N, items(N, []), 2500, bumps(N, []))
print(res[:-1])
print([e for e in res[-1] if e[0] == "middle"])
# late guard: the sum overflows 64 bits at i == 2700
res = run(N, items(N, []), -1, bumps(N, [2700]))
print(res[:-1])
print(res[-1][-3:])
# all three in one run, each several times
res = run(N, items(N, range(1100, N, 400)), 1500, bumps(N, range(1300, N, 300)))
print(res[:-1])
print(len(res[-1]), res[-1][-3:])
