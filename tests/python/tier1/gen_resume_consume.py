# Resuming a generator whose next instruction only consumes the sent value (the POP_TOP of a
# `yield` statement, the one after RETURN_GENERATOR at the first resumption, a STORE_FAST of
# `x = yield`): that instruction is done by the resumption itself. Values sent, thrown exceptions,
# line numbers of the suspended frame, cells, and for loops over generators (the item stored
# straight into the loop variable) all behave as before.
import sys


def count(n):
    for i in range(n):
        yield i


print(list(count(5)), sum(count(100)))


def echo():
    got = []
    x = yield "start"
    while x is not None:
        got.append(x)
        x = yield len(got)
    return got


g = echo()
print(next(g), g.send("a"), g.send("b"), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def cell_yield():
    x = yield 1
    def inner():
        return x
    y = yield inner()
    yield (x, y, inner())


g = cell_yield()
print(next(g), g.send("cx"), g.send("cy"))


def with_throw():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("handled", repr(e))


g = with_throw()
print(next(g), g.throw(KeyError("k")), next(g))
g.close()


def lines():
    yield sys._getframe().f_lineno
    a = yield sys._getframe().f_lineno
    yield a, sys._getframe().f_lineno


g = lines()
print(next(g), next(g), g.send("v"))


def frame_state():
    yield 1
    yield 2


g = frame_state()
print(g.gi_frame.f_lineno - g.gi_code.co_firstlineno, g.gi_frame.f_lasti >= 0)
next(g)
print(g.gi_frame.f_lineno - g.gi_code.co_firstlineno, g.gi_running)
next(g)
print(g.gi_frame.f_lineno - g.gi_code.co_firstlineno)
print(list(g), g.gi_frame)


class Box:
    pass


def targets():
    b = Box()
    out = []
    for b.v in count(3):
        out.append(b.v)
    for a, c in ((x, x * x) for x in count(4)):
        out.append(a + c)
    d = {}
    for d["k"] in count(2):
        out.append(d["k"])
    return out


print(targets())


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("at 3")
        yield i


def consume():
    total = 0
    for v in failing(10):
        total += v
    return total


try:
    consume()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(e, out)


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    for v in stop_inside():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def mixed_iterables():
    out = []
    for src in (count(3), [10, 11], count(2), iter((20,)), (x * 2 for x in count(3))):
        for v in src:
            out.append(v)
    return out


print(mixed_iterables())


def pipeline(n):
    a = (x * 3 for x in count(n))
    b = (x for x in a if x & 1)
    c = (y - x for x, y in zip(b, b))
    return sum(c)


print(pipeline(1000))


def nested_yield_from():
    yield from count(3)
    r = yield from echo_twice()
    yield r


def echo_twice():
    a = yield "first"
    b = yield "second"
    return (a, b)


g = nested_yield_from()
print([next(g) for _ in range(4)], g.send("A"), g.send("B"))

for v in failing(10):
    pass
