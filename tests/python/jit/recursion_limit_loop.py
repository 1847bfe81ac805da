# RecursionError raised repeatedly from a hot loop: the depth reached must be the same in every
# tier (inlined frames count as frames).
import sys
sys.setrecursionlimit(150)
deepest = 0
def rec(n):
    global deepest
    deepest = n
    return rec(n + 1)
for i in range(3000):
    try:
        rec(0)
    except RecursionError as e:
        pass
print(deepest)
def f():
    return 1
def loop():
    return sum(f() for i in range(3000))
def nest(n):
    if n == 0:
        return loop()
    return nest(n - 1)
print(nest(140))
try:
    print(nest(200))
except RecursionError as e:
    print(e)
