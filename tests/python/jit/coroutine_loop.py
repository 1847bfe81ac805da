# Hot loops inside coroutines that await on every iteration, driven by send() without asyncio.

class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def worker(n):
    total = 0
    for i in range(n):
        total += await Tick(i)
    return total

async def inner(i):
    return i * i

async def outer():
    s = 0
    for i in range(3000):
        s += await inner(i)
    return s

async def failing():
    for i in range(3000):
        if i == 2999:
            raise KeyError(i)
        await Tick(i)


def main():
    c = worker(3000)
    v = c.send(None)
    count = 0
    try:
        while True:
            v = c.send(v * 2)
            count += 1
    except StopIteration as e:
        print(count, e.value)
    try:
        outer().send(None)
    except StopIteration as e:
        print(e.value)
    c = failing()
    try:
        c.send(None)
        while True:
            c.send(None)
    except KeyError as e:
        print(type(e).__name__, e)


main()
