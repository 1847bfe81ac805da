# An exception escaping nested awaits and an async generator: CPython's traceback.
class Tick:
    def __await__(self):
        yield "tick"

async def numbers():
    yield 1
    await Tick()
    yield 2
    raise KeyError("from async generator")

async def leaf(x):
    await Tick()
    return 10 // x

async def middle():
    total = 0
    async for n in numbers():
        total += await leaf(n)
        print("total", total)
    return total

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

run(middle())
