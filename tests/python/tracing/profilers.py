# profile (pure Python, on sys.setprofile) and cProfile (_lsprof): the functions
# seen and their call counts (primitive/total), as pstats reports them; times
# are not deterministic and are not printed.
import cProfile
import io
import profile
import pstats
import re


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    xs = []
    for k in range(8):
        xs.append(fib(k))
    return sorted(xs, reverse=True), len(xs)


def counts(prof):
    st = pstats.Stats(prof, stream=io.StringIO())
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
        where = "~" if filename == "~" else ("this" if filename == __file__ else "other")
        callers_seen = sorted(re.sub(" at 0x[0-9a-f]+", "", n) for (_, _, n) in callers)
        rows.append((where, re.sub(" at 0x[0-9a-f]+", "", name), cc, nc, callers_seen))
    for r in sorted(rows):
        print(*r)


for kind in (profile, cProfile):
    print("---", kind.__name__)
    p = kind.Profile()
    print(p.runcall(work))
    counts(p)

p = cProfile.Profile()
p.enable()
fib(3)
p.disable()
print("--- enable/disable")
counts(p)
