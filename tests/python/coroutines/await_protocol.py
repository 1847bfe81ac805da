# await on coroutines and on objects with __await__, with CPython's TypeErrors.
def run(coro):
    """Drive a coroutine to completion, printing what it yields to the 'loop'."""
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop got", v)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])  # no suspension; the result is None
class Later:
    def __await__(self):
        yield "tick"
        yield "tock"
        return "later-result"
class IterAwait:
    """__await__ returns an iterator object whose StopIteration carries the value."""
    def __await__(self):
        return self
    def __iter__(self):
        return self
    n = 0
    def __next__(self):
        self.n += 1
        if self.n < 3:
            return "step%d" % self.n
        raise StopIteration("iter-result")

async def inner(x):
    await Later()
    return x * 2

async def main():
    print("inner ->", await inner(21))
    print("Ready ->", await Ready(1))
    print("Later ->", await Later())
    print("IterAwait ->", await IterAwait())
    c = inner(5)
    print("awaiting created coroutine", await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    return "main-done"

print(run(main()))

async def await_value(v):
    return await v

class NotIter:
    def __await__(self):
        return 5
class RetCoro:
    def __await__(self):
        return inner(1)
class BadAwait:
    __await__ = None
class Raising:
    def __await__(self):
        raise ValueError("from __await__")
def plain_gen():
    yield 1

for v in [5, "s", None, NotIter(), Raising(), plain_gen(), [1], BadAwait()]:
    c = await_value(v)
    try:
        run(c)
    except Exception as e:
        print(type(v).__name__, "->", type(e).__name__, e)

# await a coroutine that is already being awaited
async def waiter():
    await Later()
async def second(c):
    await c
w = waiter()
w.send(None)
try:
    run(second(w))
except RuntimeError as e:
    print("RuntimeError", e)
w.close()

# the awaited coroutine's exception propagates through await with its traceback frames
async def fails():
    await Later()
    raise KeyError("deep")
async def middle():
    try:
        await fails()
    except KeyError as e:
        print("middle caught", repr(e))
        raise IndexError("converted") from e
try:
    run(middle())
except IndexError as e:
    print("top caught", repr(e), "cause", repr(e.__cause__))

# throw() into a coroutine awaiting another reaches the innermost
async def deep():
    try:
        await Later()
    except ValueError as e:
        print("deep caught", e)
        return "deep-recovered"
async def shallow():
    r = await deep()
    print("shallow got", r)
    return r
c = shallow()
print(c.send(None))
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("finished with", e.value)

# cr_await follows the chain
c = shallow()
c.send(None)
print(type(c.cr_await).__name__, c.cr_await.__name__, type(c.cr_await.cr_await).__name__)
c.close()
print(c.cr_await)
