# printf-style str % in traced loops (a residual of tier 1's formatting, the argument tuple built
# in the loop with each item's class guarded): %d %s %r %x %.3f %c, a value whose class formats
# itself with Python code (__str__) appearing after the loop is hot, and TypeError of an argument
# count that does not match, raised inside the hot loop.


class Named:
    def __str__(self):
        return "named"


def main():
    lines = []
    for k in range(3300):
        lines.append("[%s.t%d] %r %x %.3f %c" % ("sec", k, "q" if k % 2 else k, k * 7, k / 3, 65 + k % 26))
    print(len(lines), lines[:2], lines[-1])
    items = [k for k in range(3100)] + [Named(), 5]
    out = []
    m = 0
    for v in items:
        out.append("<%s|%d>" % (v, m))
        m += 1
    print(len(out), out[-3:])
    fmts = ["%d-%d"] * 3200 + ["%d"]
    n = 0
    try:
        for f in fmts:
            n += len(f % (n, 1))
    except TypeError as e:
        print(type(e).__name__, e, n)


main()
