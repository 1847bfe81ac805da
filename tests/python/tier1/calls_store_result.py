# `x = f(...)` (a CALL followed by STORE_FAST, or the first word of STORE_FAST__LOAD_FAST, which the
# specialized call form does itself): the result lands in the local on the fast path and on every
# fallback (another callee, a builtin, a class, a deoptimized site), an exception leaves the local
# unchanged, a jump into the STORE_FAST from a conditional expression still stores, and
# tracebacks keep the call's line.
import sys


def add(a, b=1):
    return a + b


def neg(a, b=1):
    return -a - b


class K:
    def __init__(self, a, b=1):
        self.v = a * b

    def __repr__(self):
        return "K(%d)" % self.v


def run(fns, n):
    out = []
    for f in fns:
        for k in range(n):
            x = f(k)
            y = f(k, 2)
            out.append((x, y))
    return out


print(run([add], 20)[-3:])
print(run([add, neg, round, add, K, add], 3))


def chained(n):
    total = 0
    for k in range(n):
        r = add(k)
        total = total + r
        s = add(r, k)
        t = s
        total += t
    return total


print(chained(100))


def conditional(n):
    out = []
    for k in range(n):
        x = k if k % 3 == 0 else add(k, 10)
        out.append(x)
    return out


print(conditional(12))


def fails(a):
    if a == 7:
        raise ValueError("seven")
    return a * 2


def keeps_old(n):
    x = "old"
    for k in range(n):
        try:
            x = fails(k)
        except ValueError as e:
            print("caught", e, "x is", x)
    return x


print(keeps_old(10))


def unbound():
    try:
        y = fails(7)
    except ValueError:
        pass
    try:
        return y
    except UnboundLocalError as e:
        print(type(e).__name__, e)


unbound()


def rebinding(n):
    out = []
    g = add
    for k in range(n):
        if k == 40:
            g = str
        r = g(k)
        out.append(r)
    return out[38:43]


print(rebinding(120))


def recursive(n):
    if n <= 1:
        return 1
    r = recursive(n - 1)
    return r * n


print(recursive(20))


def frame_line():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno


def caller():
    a = frame_line()
    b = frame_line()
    return a, b


print(caller(), caller())


def deep(k):
    r = fails(k)
    return r


for k in (6, 7):
    try:
        print(deep(k))
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(lines)

deep(7)
