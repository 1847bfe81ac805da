# A finished frame keeps f_back (tracebacks, sys._getframe); a suspended generator frame has none.
import sys

def inner():
    return sys._getframe()

def mid():
    return inner()

fr = mid()
print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)

def boom():
    1 / 0

def caller():
    boom()

try:
    caller()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    f = tb.tb_frame
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)

def gen():
    yield sys._getframe()
    yield 2

g = gen()
gf = next(g)
print(gf.f_back)
print(g.gi_frame.f_back)

def consume():
    return next(g)

print(consume())
print(g.gi_frame.f_back)
