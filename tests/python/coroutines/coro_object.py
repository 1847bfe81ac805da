# Coroutine objects driven by hand with send/throw/close; the attributes and their errors.
import sys

class Suspend:
    """An awaitable that suspends once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return ("resumed with", got)

async def add(a, b):
    r1 = await Suspend("first")
    print("add got", r1)
    r2 = await Suspend("second")
    print("add got", r2)
    return a + b

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame is not None, c.cr_origin)
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__)
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)
for op in ("send", "throw", "close"):
    try:
        if op == "send":
            c.send(None)
        elif op == "throw":
            c.throw(ValueError("late"))
        else:
            print("close ->", c.close())
    except RuntimeError as e:
        print(op, "RuntimeError", e)

# a coroutine is not iterable
async def nothing():
    return 42
c = nothing()
for f in (iter, next, len):
    try:
        f(c)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

# __await__ gives a coroutine_wrapper iterator
c = add(1, 1)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send("s"))
try:
    w.send("t")
except StopIteration as e:
    print("wrapper returned", e.value)

# throw() into a suspended coroutine, caught inside
async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("caught", repr(e))
        return "handled"
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("after throw", e.value)

# throw() not caught propagates
c = catcher()
c.send(None)
try:
    c.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("propagated", repr(e))
print(c.cr_frame)

# close() runs finally blocks; ignoring GeneratorExit is an error
async def closer():
    try:
        await Suspend(1)
    finally:
        print("finally in closer")
c = closer()
c.send(None)
c.close()
c.close()

async def stubborn():
    try:
        await Suspend("first")
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await Suspend("second")
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
print(c.cr_frame)

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration("inside")
try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))

# coroutine already executing
async def reenter():
    me.send(None)
me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)

# __name__/__qualname__ are writable strings
class K:
    async def meth(self):
        pass
c = K().meth()
print(c.__name__, c.__qualname__)
c.__name__ = "renamed"
print(c.__name__)
try:
    c.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    c.cr_running = True
except AttributeError as e:
    print("AttributeError", e)
c.close()
