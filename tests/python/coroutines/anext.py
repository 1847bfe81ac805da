# The builtins aiter() and anext(), with and without a default.
def run(coro):
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop got", v)

class Tick:
    def __await__(self):
        yield "tick"

async def agen():
    yield "a"
    await Tick()
    yield "b"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    c = Countdown(2)
    it = aiter(c)
    print(await anext(it), await anext(it, "dflt"), await anext(it, "dflt"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("Countdown exhausted")
    print(type(anext(agen())).__name__, type(anext(agen(), 0)).__name__)
    return "main done"

print(run(main()))

class NoAIter:
    pass
class BadAIter:
    def __aiter__(self):
        return 1
for args in [(NoAIter(),), (BadAIter(),), ([1],)]:
    try:
        aiter(*args)
    except TypeError as e:
        print("aiter TypeError", e)
for args in [(), (1,), (iter([]),), (agen(), 1, 2)]:
    try:
        anext(*args)
    except TypeError as e:
        print("anext TypeError", e)
