# A class call inside a function the loop inlines, and an __init__ calling another class: the
# recursion depth seen inside __init__ (type.__call__ counts a level) and at a RecursionError close
# to the limit match tier 1's.
import sys

class Inner:
    def __init__(self, x):
        self.x = x

class Outer:
    def __init__(self, x):
        self.inner = Inner(x)
        self.x = x + 1

def make(x):
    return Outer(x)

def run(n):
    s = 0
    for i in range(n):
        s = s + make(i).inner.x
    return s

print(run(2000))

def depth():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d

class Deep:
    def __init__(self):
        self.d = depth()

def deep(n):
    t = 0
    for i in range(n):
        t = t + Deep().d
    return t

print(deep(1500))

def recurse(k):
    if k == 0:
        return deeploop(1200)
    return recurse(k - 1)

class R:
    def __init__(self, x):
        self.x = x

def deeploop(n):
    s = 0
    for i in range(n):
        s = s + R(i).x
    return s

sys.setrecursionlimit(60)
for k in (40, 50, 54, 55, 56, 57, 58):
    try:
        print(k, recurse(k))
    except RecursionError as e:
        print(k, "RecursionError")
