# The first constant-index access of a list is checked against the largest constant index the
# iteration uses on it (a[0] ... a[3]): a shorter list leaves the trace at the first access and
# tier 1 raises at the access that really is out of range, after the earlier ones ran.
def step(pairs, log):
    s = 0.0
    for a, b in pairs:
        s += a[0] * b[0]
        log.append(s)
        a[1] = s - a[3]
        s += b[2]
    return s


def pairs_with(short_at, short, n=3000):
    ps = []
    for i in range(n):
        a = [1.0, 2.0, 3.0, 4.0]
        b = [0.5, 0.25, 0.125]
        if i == short_at:
            a = short
        ps.append((a, b))
    return ps


for short_at, short in ((-1, None), (2500, [1.0, 2.0, 3.0]), (0, [1.0, 2.0]), (2999, [7.0]),
                        (1500, [1.0, 2.0, 3.0, 4.0, 5.0])):
    log = []
    ps = pairs_with(short_at, short)
    try:
        print(step(ps, log), len(log))
    except IndexError as e:
        print(type(e).__name__, e, len(log), log[-1] if log else None)
    if short is not None:
        print(short)
