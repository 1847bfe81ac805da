# sys.setrecursionlimit/getrecursionlimit, RecursionError at the limit, recovery, and mutual recursion
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d1 = depth(0)
print(900 < d1 < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d2 = depth(0)
print(150 < d2 < 200)
sys.setrecursionlimit(3000)
d3 = depth(0)
print(2900 < d3 < 3000)
sys.setrecursionlimit(1000)
for bad in [0, -5, "x", 2**100]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__, e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Deep().a
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))))
sys.setrecursionlimit(1200)
print(len(str(fact(1100))))
sys.setrecursionlimit(1000)
def rec_gen(n):
    if n > 0:
        yield from rec_gen(n - 1)
    yield n
print(sum(rec_gen(100)))
lst = []
for i in range(100000):
    lst = [lst]
print(len(lst), "nested ok")
