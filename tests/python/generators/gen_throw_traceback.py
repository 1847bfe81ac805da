# throw() through nested yield from: traceback entries, return in finally, frames of suspended generators.
def inner():
    yield 1
    yield 2
def middle():
    yield from inner()
def outer():
    yield from middle()
g = outer()
next(g)
import sys
try:
    g.throw(ValueError("x"))
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def f():
    try:
        yield 1
    finally:
        return "from finally"
g = f(); next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("SI", e.value)
g = f(); next(g)
print(g.close())
def h():
    x = yield
    print("got", x)
    yield x * 2
g = h()
g.send(None)
print(g.send(21))
print(g.gi_frame.f_locals)
print(g.gi_frame.f_back)
g2 = outer()
next(g2)
print(g2.gi_yieldfrom.gi_yieldfrom.gi_frame.f_lineno)
g2.throw(ValueError("uncaught"))
