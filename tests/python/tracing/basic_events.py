# sys.settrace: call, line, return and exception events of plain functions,
# nested functions, one-liners, lambdas, loops and try statements.
import sys
import _events
from _events import tracer
_events.watch(__file__)


def one(): return 1


def add(a, b):
    c = a + b
    return c


def nested(n):
    def inner(k):
        return k * 2
    total = 0
    for i in range(n):
        total += inner(i)
    return total


def loops(n):
    i = 0
    while i < n:
        i += 1
        if i == 2:
            continue
        pass
    for j in range(3):
        if j == 1:
            break
    else:
        j = 9
    return i, j


def thrower(x):
    if x:
        raise ValueError("bad %d" % x)
    return x


def catcher():
    try:
        thrower(1)
    except ValueError as e:
        r = str(e)
    finally:
        r2 = "fin"
    return r, r2


def uncaught():
    thrower(2)


def branches(x):
    if x > 0:
        y = 1
    else:
        y = 2
    return y


def with_stmt():
    import contextlib
    with contextlib.nullcontext(5) as v:
        w = v + 1
    return w


sys.settrace(tracer)
one()
add(1, 2)
nested(2)
loops(3)
catcher()
try:
    uncaught()
except ValueError:
    pass
branches(1)
branches(-1)
(lambda x: x + 1)(3)
with_stmt()
sys.settrace(None)
print("gettrace after:", sys.gettrace())
