# The lines the compiler gives instructions without a position of their own, as
# 'line' and 'return' events show them: nested if/else ending the function, a
# constant test (`if 0:`, `while 1:`), try/except/else/finally, with, and a bare
# `raise` (which adds no traceback entry).
import sys
import traceback
import _events
from _events import tracer
_events.watch(__file__)


def nested_ifs(a, b):
    if a == 1:
        if b == 1:
            x = 4
        else:
            y = 6
    else:
        z = 8


def constant_tests():
    x = 1
    if 0:
        pass
    i = 0
    while 1:
        i += 1
        if i > 2:
            break
    return i


def try_else_finally():
    try:
        2
    except:
        4
    else:
        6
        if False:
            8
        else:
            10
        if try_else_finally.__name__ == 'Fred':
            12
    finally:
        14


def with_block():
    import contextlib
    with contextlib.nullcontext():
        x = 1
    return x


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


sys.settrace(tracer)
nested_ifs(1, 1)
nested_ifs(1, 2)
nested_ifs(2, 2)
constant_tests()
try_else_finally()
with_block()
try:
    reraiser()
except ZeroDivisionError as e:
    sys.settrace(None)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
sys.settrace(None)
