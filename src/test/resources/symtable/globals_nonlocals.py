x = 0
def f():
    global x, y
    x = 1
    def g():
        nonlocal_thing = 2
        def h():
            nonlocal nonlocal_thing
            nonlocal_thing += 1
            return x, y
        return h
    return g
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def shadow():
    global shadow
    def inner():
        return shadow
def gen():
    yield 1
    x = yield
    yield from range(3)
async def agen():
    await something()
    yield 2
async def coro():
    return await other()
def defaults(a=lambda: b, *, k=[i for i in range(2)]):
    pass
@decorator(arg)
def decorated():
    pass
def deletes():
    v = 1
    del v
    del w
