# CLEANUP_THROW (gen.throw() through `yield from`) and END_ASYNC_FOR (an exception ending an
# `async for`) re-raise what they were given: the traceback gets no extra entry for the frame
# they run in, and handlers around them still catch it.
def entries(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


def inner():
    yield 1
    yield 2


def outer():
    r = yield from inner()
    return r


def guarded():
    try:
        yield from inner()
    except KeyError as e:
        print("caught in guarded", type(e).__name__, entries(e))
        yield "recovered"


for make in (outer, guarded):
    g = make()
    print(next(g))
    try:
        print(g.throw(KeyError("k")))
    except KeyError as e:
        print("caught outside", type(e).__name__, entries(e))


def stopping():
    yield from inner()
    yield "after"


g = stopping()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


class AIter:
    def __init__(self, n, fail):
        self.n = n
        self.fail = fail

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            if self.fail:
                raise ValueError("anext failed")
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def consume(n, fail):
    out = []
    async for v in AIter(n, fail):
        out.append(v)
    return out


async def consume_guarded(n):
    try:
        async for v in AIter(n, True):
            pass
    except ValueError as e:
        return ("guarded", str(e), entries(e))


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(run(consume(3, False)))
try:
    run(consume(2, True))
except ValueError as e:
    print(type(e).__name__, e, entries(e))
print(run(consume_guarded(2)))
