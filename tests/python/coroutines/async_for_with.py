# async for (__aiter__/__anext__, StopAsyncIteration) and async with (__aenter__/__aexit__).
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

class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loops():
    async for i in ARange(3):
        print("item", i)
    else:
        print("else ran")
    async for i in ARange(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("item2", i)
    else:
        print("not printed")
    total = [i async for i in ARange(3)]
    print("comprehension", total)
    print("set", {i % 2 async for i in ARange(4)}, "dict", {i: i * i async for i in ARange(2)})
    print("filtered", [i async for i in ARange(6) if i % 2 if i > 1])
    print("nested", [(i, j) async for i in ARange(2) for j in range(2)])
    return "loops-done"

print(run(loops()))

class NoANext:
    def __aiter__(self):
        return 5
class OnlyIter:
    def __iter__(self):
        return iter([])
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
class RaisingANext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")

async def iterate(obj):
    async for x in obj:
        print("got", x)

for obj in [OnlyIter(), NoANext(), BadANext(), RaisingANext(), [1, 2]]:
    try:
        run(iterate(obj))
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e, "| cause:", repr(e.__cause__))

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def withs():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("b", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with Manager("d") as d, Manager("e") as e:
        print("two", d, e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return "withs-done"

print(run(withs()))

async def returns_in_with():
    async with Manager("r"):
        return "returned from inside"
print(run(returns_in_with()))

class NoAEnter:
    pass
class NoAExit:
    async def __aenter__(self):
        return 1
class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

async def use(m):
    async with m:
        print("inside")

for m in [NoAEnter(), NoAExit(), SyncEnter(), SyncExit(), len]:
    try:
        run(use(m))
    except Exception as e:
        print(type(m).__name__, type(e).__name__, e)
