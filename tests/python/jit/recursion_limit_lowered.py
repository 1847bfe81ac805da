# The recursion limit lowered in the middle of a traced loop whose trace inlines a recursive
# call: the calls past the new limit raise RecursionError there, as in tier 1.
import sys


def r(m):
    return 1 if m == 0 else r(m - 1) + 1


def loop(lim):
    s = e = 0
    for i in range(3000):
        if i == 1500:
            sys.setrecursionlimit(lim)
        try:
            s += r(3)
        except RecursionError:
            e += 1
    sys.setrecursionlimit(1000)
    return s, e


for j in range(100):
    loop(1000)
print("lowered", loop(5))
print("raised", loop(2000))
print("lowered again", loop(6))
