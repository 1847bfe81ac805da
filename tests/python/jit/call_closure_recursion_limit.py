# Recursive closures whose code the JIT checks instead of their identity (made anew per call)
# still meet the recursion limit where tier 1 does, and are not inlined past the depth cap.
import sys


def mk(k):
    def r(m):
        return k if m == 0 else r(m - 1) + 1
    return r


def warm(f):
    for i in range(300):
        f(3)


def loop(f, depth=3):
    s = e = 0
    for i in range(3000):
        try:
            s += f(depth)
        except RecursionError:
            e += 1
    return s, e


def deep(lvl, f):
    return loop(f) if lvl == 0 else deep(lvl - 1, f)


for k in range(30):
    warm(mk(k))
print("deep loop", loop(mk(2), 8))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(40)
print("at the limit", deep(34, mk(1)))
sys.setrecursionlimit(limit)
print("after", loop(mk(5), 6))
