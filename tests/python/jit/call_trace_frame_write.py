# An outer loop's trace calls an inner loop's trace (CALL_TRACE) and first writes the frame at the
# inner loop's header from its snapshot: unboxed ints and floats boxed, one value held by two
# locals (one object for both), a tuple built in the iteration, a local swapped just before the
# inner loop, and constants; the inner loop reads and rebinds them, and the outer body uses them after.

def mixed(n, rows):
    total = 0
    f = 0.5
    a, b = 1, 2
    last = None
    for i in range(n):
        x = y = i * 3
        pair = (i, f)
        a, b = b, a
        for v in rows[i % len(rows)]:
            total += v * a - b
            f += v * 0.25
            last = (x is y, pair[0] == i, v)
        total += x + y + len(pair)
    return total, f, a, b, last


def rebinding(n):
    acc = 0
    k = 7
    s = 1.5
    for i in range(n):
        k = k + i % 3
        for q in (i, i + 1, -i):
            if q > k:
                k = q
            acc += q - k
            s = s * 0.5 + q
        acc += k
    return acc, k, s


def big_ints(n):
    # values past 64 bits boxed at the inner loop's header, and small ones next to them
    big = 1 << 70
    out = 0
    for i in range(n):
        big += i
        for d in (1, 2, 3):
            out += (big >> d) & 0xFF
        out += i
    return out, big


rows = [(1, 2, 3, 4), (), (5,), (6, 7)]
print(mixed(3000, rows))
print(mixed(200, [(9, 8)]))
print(rebinding(2500))
print(big_ints(2000))
