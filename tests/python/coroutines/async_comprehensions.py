# Async comprehensions and async generator expressions, await inside comprehensions.
def run(coro):
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  loop got", v)

class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("tick", self.v)
        return self.v * 10

async def arange(n):
    for i in range(n):
        await Tick(i)
        yield i

async def double(x):
    return await Tick(x)

async def main():
    print([x async for x in arange(3)])
    print([await double(x) for x in range(2)])
    print({x: await double(x) async for x in arange(2)})
    print([y for x in range(3) async for y in arange(x)])
    ag = (x * 2 async for x in arange(3))
    print(type(ag).__name__, ag.__name__)
    print([v async for v in ag])
    ag2 = (await double(x) for x in range(2))
    print(type(ag2).__name__, [v async for v in ag2])
    nested = [[y async for y in arange(x)] async for x in arange(3)]
    print(nested)
    total = 0
    async for v in (x async for x in arange(4) if x % 2):
        total += v
    print("total", total)
    return "done"

print(run(main()))

# an async generator expression outside async def is an async generator object too
ag = (x async for x in arange(2))
print(type(ag).__name__)
async def drain(a):
    return [x async for x in a]
print(run(drain(ag)))
