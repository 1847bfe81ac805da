# User-defined binary operators the JIT does not open up are residual calls of the operator, not
# aborts of the loop: a dunder nested past the inlining depth (loop -> four calls -> __add__), a
# right operand of another user class (its reflected dunder may go first), a dunder with a loop,
# one with cells, one that rebinds an operand. Results, NotImplemented fallbacks, in-place forms,
# what the dunder sees of its callers' frames and an exception raised through the residual call
# must be tier 1's.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        # a loop of its own
        t = self.x
        for k in range(3):
            t -= o.x
        return V(t)

    def __mul__(self, o):
        # a cell variable
        f = lambda: self.x * o.x
        return V(f())

    def __truediv__(self, o):
        # rebinds an operand
        o = o.x or 1
        return V(self.x // o)

    def __mod__(self, o):
        if o.x == 0:
            raise ZeroDivisionError("V modulo zero at depth %d" % depth())
        return V(self.x % o.x)


class W(V):
    def __radd__(self, o):
        return V(o.x * 1000 + self.x)


class U:
    def __init__(self, x):
        self.x = x

    def __radd__(self, o):
        return V(o.x - self.x)


def depth():
    f = sys._getframe(1)
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


def d4(a, b):
    return a + b


def d3(a, b):
    return d4(a, b)


def d2(a, b):
    return d3(a, b)


def d1(a, b):
    return d2(a, b)


total = 0
for k in range(3000):
    total += d1(V(k), V(2 * k)).x
print("deep", total)

total = 0
for k in range(3000):
    a = V(k)
    a += 1
    total += d1(a, k % 5).x
print("deep int", total)

total = 0
for k in range(3000):
    r = d1(V(k), W(1)) if k % 3 else d1(V(k), U(2))
    total += r.x
print("other class", total)

total = 0
for k in range(3000):
    total += (V(k) - V(1)).x + (V(k) * V(3)).x + (V(k) / V(k % 4)).x
print("loop cells rebinds", total)

seen = []
for k in range(2000):
    try:
        seen.append(d1(V(k), "s").x)
    except TypeError as e:
        if k % 500 == 0:
            print("typeerror", k, e)

caught = 0
for k in range(3000):
    try:
        total += (d1(V(k), V(0)) % V(k % 50)).x
    except ZeroDivisionError as e:
        caught += 1
        if caught < 3:
            print(e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print("caught", caught, total)


def d4m(a, b):
    return a % b


def d3m(a, b):
    return d4m(a, b)


def d2m(a, b):
    return d3m(a, b)


def d1m(a, b):
    return d2m(a, b)


total = 0
for k in range(3000):
    total += d1m(V(k + 1), V(7 if k < 2500 else 0)).x
print(total)
