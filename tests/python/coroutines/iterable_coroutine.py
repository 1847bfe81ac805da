# Generator-based coroutines: the CO_ITERABLE_COROUTINE flag (what types.coroutine sets) makes a
# generator awaitable and lets it 'yield from' coroutines.
def coroutine(func):
    co = func.__code__
    func.__code__ = co.replace(co_flags=co.co_flags | 0x100)
    return func

@coroutine
def sleep0():
    yield "sleep0"

async def inner():
    await sleep0()
    return 7

@coroutine
def legacy():
    x = yield from inner()
    return x + 1

async def main():
    await sleep0()
    r = await legacy()
    return r

c = main()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(sleep0.__code__.co_flags & 0x100, type(sleep0()).__name__)

pending = inner()
def plain():
    x = yield from pending
    return x
try:
    next(plain())
except TypeError as e:
    print("TypeError", e)
pending.close()

def g():
    yield
try:
    g.__code__ = 5
except TypeError as e:
    print("TypeError", e)
def with_free():
    v = 1
    def f():
        return v
    return f
try:
    with_free().__code__ = g.__code__
except ValueError as e:
    print("ValueError", e)
co = g.__code__.replace(co_name="renamed", co_qualname="Q.renamed")
print(co.co_name, co.co_qualname, co.co_flags == g.__code__.co_flags)
try:
    g.__code__.replace(1)
except TypeError as e:
    print("TypeError", e)
