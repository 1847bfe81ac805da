# Async generators: __anext__, asend, athrow, aclose, ag_* attributes, errors.
def run(coro):
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop got", v)

class Tick:
    def __init__(self, v="tick"):
        self.v = v
    def __await__(self):
        return (yield self.v)

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("agen received", got)
            await Tick("inside agen %d" % i)
    finally:
        print("agen finally")

g = agen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_running, g.ag_await)
print(g.ag_frame is not None, hasattr(g, "__next__"), hasattr(g, "send"), g.__aiter__() is g)

async def consume():
    async for v in agen(3):
        print("consumed", v)
    print([v async for v in agen(2)])
    return "consume-done"
print(run(consume()))

# driving __anext__ by hand: the awaitable raises StopIteration(value) for a yielded value
g = agen(2)
a = g.__anext__()
print(type(a).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed by hand")

# asend: the value arrives at the yield
async def driver():
    g = agen(3)
    print("anext", await g.__anext__())
    print("asend", await g.asend("hello"))
    print("ag_await while suspended:", g.ag_await)
    try:
        await g.athrow(KeyError("thrown in"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    print("aclose of finished", await g.aclose())
    return "driver-done"
print(run(driver()))

async def catching():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("catching caught", e)
            n += 100
        n += 1

async def driver2():
    g = catching()
    print(await g.__anext__())
    print("athrow returned", await g.athrow(ValueError("v")))
    print(await g.asend(None))
    print("aclose ->", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    return "driver2-done"
print(run(driver2()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"

async def driver3():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    a = g.aclose()
    try:
        await a
    except StopAsyncIteration as e:
        print("second aclose: StopAsyncIteration", repr(e))
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError", e)
    # aclose before start does not run the body
    g2 = agen(1)
    print("aclose unstarted", await g2.aclose(), g2.ag_frame)
    return "driver3-done"
print(run(driver3()))

# StopIteration / StopAsyncIteration raised inside become RuntimeError
async def bad_stop():
    yield 1
    raise StopIteration("x")
async def bad_astop():
    yield 1
    raise StopAsyncIteration("y")
async def driver4():
    for f in (bad_stop, bad_astop):
        g = f()
        await g.__anext__()
        try:
            await g.__anext__()
        except RuntimeError as e:
            print("RuntimeError", e, "| cause:", repr(e.__cause__))
    return "driver4-done"
print(run(driver4()))

# an await inside the async generator yields through to the loop
async def with_awaits():
    x = await Tick("first await")
    yield ("x", x)
    y = await Tick("second await")
    yield ("y", y)
async def driver5():
    return [v async for v in with_awaits()]
print(run(driver5()))

# asend with non-None to a just-started generator, athrow args
async def driver6():
    g = agen(2)
    try:
        await g.asend("early")
    except TypeError as e:
        print("TypeError", e)
    g = agen(2)
    await g.__anext__()
    try:
        await g.athrow(ValueError, "with value")
    except ValueError as e:
        print("ValueError", e)
    g = agen(2)
    try:
        await g.athrow(5)
    except TypeError as e:
        print("TypeError", e)
    return "driver6-done"
print(run(driver6()))

# athrow/aclose/asend awaitables can also be stepped with send/throw/close
g = catching()
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
t = g.athrow(ValueError("by send"))
try:
    t.send(None)
except StopIteration as e:
    print("athrow value", e.value)
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("aclose finished", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

# yield inside async def with return value is a SyntaxError, so: async generator is not awaitable
async def awaits_agen():
    await agen(1)
try:
    run(awaits_agen())
except TypeError as e:
    print("TypeError", e)
