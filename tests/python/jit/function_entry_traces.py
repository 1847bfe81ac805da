# Function-entry traces: functions without loops of their own, called often from code that is not
# a traced loop (recursion, a driver whose loop is not traced), run from their first instruction to
# their return in compiled code. Each case: the return forms (a value, a constant, a return out of
# a branch), exits on another type or branch, bridges on a rarer path, exceptions raised inside
# the trace and inside its inlined calls (tracebacks as tier 1's), a global rebound and a method
# patched on the class mid-run, recursion through the traced function and past the recursion
# limit, keyword and default arguments, a frame observed from inside. The same with the JIT off,
# on, and forced to trace at once.
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def combine(a, b, k):
    c = (a + b).scaled(k)
    d = c.dot(a) + c.dot(b)
    if d > 1000:
        return d - 1000
    return d


def constant_return(a, b):
    t = a.x * b.y - a.y * b.x
    u = t * t + a.x
    if u < 0:
        return -1
    return 1


def walk(n, acc, f):
    # recursion, not a loop: every call of f comes from this frame, in tier 1 or in walk's own trace
    if n == 0:
        return acc
    return walk(n - 1, acc + f(n), f)


sys.setrecursionlimit(5000)

a = Vec(1.5, 2.0)


def uses_combine(n):
    return combine(a, Vec(n, n * 0.25), 0.5)


print("combine", walk(1500, 0.0, uses_combine))
print("const", walk(1500, 0, lambda n: constant_return(a, Vec(n, -n))))


# Another type after the trace was made: ints instead of floats, then a str concatenation.
def mixed(n):
    if n % 500 == 0:
        return combine(Vec(n, 1), Vec(2, n), 3)
    return combine(a, Vec(n * 1.0, 2.0), 0.5)


print("mixed", walk(1500, 0.0, mixed))


def label(v):
    s = v.x + v.y
    t = s * 2
    if t > 10:
        return "big:" + str(t)
    return "small:" + str(t)


print("label", len(walk(1000, "", lambda n: label(Vec(n % 7, 1))[:1])))
try:
    walk(1200, "", lambda n: label(Vec(n % 7, "x" if n == 1100 else 1)))
except TypeError as e:
    print("TypeError", e)


# A rarer branch, taken often enough to grow a bridge, and one taken once.
def branchy(n):
    v = Vec(n, n + 1)
    w = v + Vec(1, 1)
    if n % 7 == 0:
        w = w.scaled(2)
    elif n == 1333:
        w = w.scaled(-1)
    return w.dot(v)


print("branchy", walk(2500, 0, branchy))


# Exceptions raised inside the trace, and inside a call it inlined: caught, then uncaught traceback.
def divide(v, d):
    s = v.x + v.y
    return s / d


def inner_raise(v, d):
    t = v.dot(v)
    return divide(v, d) + t


def catching(n):
    try:
        return inner_raise(Vec(n, 1), n % 600)
    except ZeroDivisionError as e:
        return -1.0


print("raise", walk(1800, 0.0, catching))


def show_tb(n):
    try:
        inner_raise(Vec(n, 2), 0 if n == 7 else 1)
    except ZeroDivisionError:
        frames = traceback.extract_tb(sys.exc_info()[2])
        print("tb", [(fr.name, fr.lineno, fr.line) for fr in frames])
        return 1
    return 0


print("tbs", walk(1100, 0, show_tb))


# A global the trace reads, rebound mid-run; a method patched on the class mid-run.
SCALE = 2


def scaled_sum(v):
    w = v.scaled(SCALE)
    return w.x + w.y + SCALE


def rebinding(n):
    global SCALE
    if n == 700:
        SCALE = 3
    return scaled_sum(Vec(n, 1))


print("global", walk(1500, 0, rebinding))


def patching(n):
    if n == 600:
        Vec.dot = lambda self, o: self.x * o.x - self.y * o.y
    return Vec(n, 2).dot(Vec(1, n))


orig_dot = Vec.dot
print("patched", walk(1500, 0, patching))
Vec.dot = orig_dot


# Recursion through the traced function itself, and past the recursion limit.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(20), fib(15))


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print("deep", deep(1000))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)


# Keyword, default and bound-method calls of a traced function.
def kw(a, b=3, c=4):
    s = a * b + c
    t = s * s - a
    return t + b


print("kw", walk(1500, 0, lambda n: kw(n) + kw(n, c=1) + kw(b=2, a=n)))

bound = Vec(3, 4).dot
print("bound", walk(1500, 0, lambda n: bound(Vec(n, 1))))


# A frame observed from inside: locals read through sys._getframe, after a traced stretch.
def observed(n):
    v = Vec(n, 1)
    w = v + v
    z = w.x * 2
    if n == 999:
        return sorted(k for k in sys._getframe(0).f_locals)
    return z


print("observed", walk(1200, 0, lambda n: 0 if n == 999 else observed(n)), observed(999))


# One code object run with other globals (types.FunctionType): the trace is the first one's.
import types


def g_read(n):
    v = Vec(n, n)
    return v.dot(v) + OFFSET


OFFSET = 1
other = types.FunctionType(g_read.__code__, {"Vec": Vec, "OFFSET": 1000})
print("globals", walk(1500, 0, g_read), walk(1500, 0, other))
