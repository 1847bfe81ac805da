# A traced loop whose body calls functions, run ever closer to the recursion limit, entering
# the loop's trace at different iterations: the inlined calls must raise RecursionError
# exactly where tier 1's calls would (a trace entered too deep must not make the calls).
import sys

def leaf(x):
    return x + 1

def mid(x):
    return leaf(x) + 1

def work(n, start):
    s = 0
    for i in range(n):
        if i >= start:
            s = mid(s)
        else:
            s = leaf(s)
    return s

def deep(k, n, start):
    if k == 0:
        return work(n, start)
    return deep(k - 1, n, start)

print(work(100, 0))
sys.setrecursionlimit(120)
for d in (114, 115, 116, 117):
    results = []
    for start in (0, 3, 7):
        try:
            results.append(deep(d, 40, start))
        except RecursionError:
            results.append("R")
    print(d, " ".join(str(r) for r in results))
