# Keyword calls (KW_NAMES then CALL) in hot loops: Python callees inlined with keyword values in
# their parameters' slots and defaults between, everything else tier 1's generic call with the
# names; errors, a callee or defaults that change under the trace, tracebacks through such calls.
import sys

def scale(x, factor=2, offset=0):
    return x * factor + offset

def pos_only(a, /, b=1):
    return a - b

def kwonly(a, *, b=3):
    return a + b

def with_loop(n, step=1):
    t = 0
    for k in range(0, n, step):
        t += k
    return t

class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return Point(x=self.x + dx, y=self.y + dy)

def where():
    return sys._getframe(1).f_lineno

total = 0
pts = []
for i in range(3000):
    total += scale(i, offset=1)
    total += scale(i, factor=3)
    total += scale(x=i)
    total += scale(i, offset=i % 7, factor=-1)
    total += pos_only(i, b=2)
    total += kwonly(i, b=i % 5)
    total += with_loop(i % 9, step=2)
    p = Point(i, y=2).moved(dy=1)
    total += p.x + p.y
    total += int("7f", base=16)
    total += len(sorted([3, 1, 2], key=lambda v: -v, reverse=True))
    total += max(i, 5, key=abs)
    s = ",".join(str(v) for v in range(3))
    total += len(s.split(sep=","))
    total += where(
    )
    if i % 1000 == 999:
        print(i, total)
print(total)

# bad keywords raise as in tier 1, from inside a hot loop
def f(a, b=2):
    return a + b
errs = 0
for i in range(2000):
    try:
        if i > 1500:
            f(1, c=3)
        elif i > 1000:
            f(1, a=3)
        else:
            f(a=i, b=1)
    except TypeError as e:
        errs += 1
        last = str(e)
print(errs, last)

# the callee changes under the trace
def g1(x, y=1):
    return x + y
def g2(x, y=1):
    return x * y
acc = 0
fn = g1
for i in range(3000):
    if i == 1500:
        fn = g2
    acc += fn(i, y=2)
print(acc)

# defaults replaced mid-loop
def h(a, b=1, c=10):
    return a + b + c
acc = 0
for i in range(3000):
    if i == 2000:
        h.__defaults__ = (100, 1000)
    acc += h(i, c=5)
print(acc)

# a traceback from inside a keyword-called function
def boom(a, b=0):
    return a // b
for i in range(1200):
    try:
        boom(i, b=(0 if i == 1100 else 1))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print("zde", i, lines)

# keyword calls of methods (method form and bound), of a class's __init__, nested in inlined calls
class Acc:
    def __init__(self, start=0, *, scale=1):
        self.v = start * scale

    def add(self, x, times=1):
        self.v += x * times
        return self

def inner(a, b=0):
    return scale(a, offset=b)

acc = Acc(start=1, scale=2)
bound = acc.add
for i in range(2500):
    acc.add(i, times=2)
    bound(x=1)
    acc.v += inner(i, b=1) + inner(b=2, a=i)
print(acc.v)
