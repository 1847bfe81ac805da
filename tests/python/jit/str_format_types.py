# %-formatting, f-strings and str() of values whose type changes mid-loop.


def main():
    vals = [1, 2.5, 10**20, -0.0, True, None, "s", (1, 2), float("inf")]
    out = []
    for i in range(3000):
        v = vals[i % len(vals)]
        s = "%s|%r|" % (v, v) + f"{v!s:>6}|{v!r}"
        if i < len(vals):
            out.append(s)
    for s in out:
        print(s)
    n = 0
    for i in range(3000):
        n += len("%d %x %o %e %.3f %g" % (i, i, i, i * 1.5, i / 7, i * 1e10))
    print(n)
    try:
        for i in range(3000):
            "%d" % (vals[i % len(vals)],)
    except TypeError as e:
        print(i, type(e).__name__, e)
    t = ""
    for i in range(3000):
        t = "{}:{:05.1f}:{:,}".format(i, i / 3, i * 1000)
    print(t)
    print(str(2**200)[:20], len(str(3**3000)))


main()
