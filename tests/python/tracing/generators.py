# Generators under sys.settrace: a 'call' on each resumption, a 'return' on each
# yield (with the value), throw() and close(), yield from, and a generator that raises.
import sys
import _events
from _events import tracer
_events.watch(__file__)


def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("sent", x)
    return "done"


def delegate():
    r = yield from gen(2)
    yield r


def bad():
    yield 1
    raise KeyError("k")


def expr_gen():
    return list(x * 2 for x in range(2))


sys.settrace(tracer)
g = gen(3)
next(g)
g.send("hi")
g.close()
print(list(delegate()))
try:
    for v in bad():
        pass
except KeyError:
    pass
g2 = gen(5)
next(g2)
try:
    g2.throw(RuntimeError("boom"))
except RuntimeError:
    pass
print(expr_gen())
sys.settrace(None)
