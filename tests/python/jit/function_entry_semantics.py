# Function-entry traces and what runs around them: returns from inside try/finally and with
# blocks, an __init__ traced from its entry (called by the class call), functions taking *args and
# **kwargs, a generator made inside a traced call, a trace function set while traced calls are on
# the stack, super() calls, a closure (cells: not traced) and a function whose default changes.
# The same with the JIT off, on, and forced to trace at once.
import sys


class Ctx:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, *exc):
        self.depth -= 1
        return False


CTX = Ctx()
LOG = []


def in_finally(n):
    a = n * 3 + 1
    b = a * a - n
    try:
        if b % 5 == 0:
            return b // 5
        return b - a
    finally:
        LOG.append(n % 3)


def in_with(n):
    a = n * 2 + 7
    b = a * a + a
    with CTX as c:
        if n % 4 == 0:
            return b + c.depth
        return b - c.depth


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.norm1 = abs(x) + abs(y)
        self.sum = x + y
        self.prod = x * y
        self.diff = x - y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        self.norm1 = self.norm1 + abs(z)


def varargs(*args, **kw):
    total = 0
    k = kw.get("k", 1)
    first = args[0] if args else 0
    total = first * k + len(args) * 3 + k * k
    return total - len(kw)


def make_gen(n):
    a = n * 2
    b = a + 1
    return (i * b for i in range(3))


def rec(n, f):
    if n == 0:
        return 0
    return f(n) + rec(n - 1, f)


sys.setrecursionlimit(5000)
print("finally", rec(1500, in_finally), LOG.count(0), LOG.count(1), LOG.count(2))
print("with", rec(1500, in_with), CTX.depth)
print("init", rec(1500, lambda n: Point(n, -n).norm1 + Point3(n, 1, 2).norm1))
print("varargs", rec(1500, lambda n: varargs(n) + varargs(n, 2, k=3) + varargs()))
print("gen", rec(1500, lambda n: sum(make_gen(n))))


# A trace function set while traced calls run: from then on the calls send their events.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_body":
        events.append(event)
    return None


def traced_body(n):
    a = n * 7 + 3
    b = a * a - n
    c = b % 11 + a
    if n == 500:
        sys.settrace(tracer)
    return c


print("settrace", rec(1000, traced_body))
sys.settrace(None)
print("events", len(events), events[:3])


# A closure reads a cell: its function is not traced from entry, its caller still is.
def outer(k):
    def inner(n):
        return n * k + k
    return inner


adder = outer(5)


def calls_closure(n):
    a = adder(n)
    b = adder(a)
    return a + b - n * 3


print("closure", rec(1500, calls_closure))


# Defaults changed between calls: the trace reads them from the frame, as tier 1 bound them.
def with_default(n, k=2):
    a = n * k + k
    b = a * a - k
    return b % 1000 + a


def change_default(n):
    if n == 800:
        with_default.__defaults__ = (7,)
    return with_default(n)


print("defaults", rec(1500, change_default))


# Raise from a traced call past an inlined one, unwinding through try/except in the caller.
class Boom(Exception):
    pass


def risky(n):
    a = n * 3
    b = a + 1
    if n % 250 == 0:
        raise Boom(n)
    return a + b


def guarded(n):
    try:
        return risky(n) * 2
    except Boom as e:
        return -e.args[0]


print("raise", rec(1500, guarded))
