# athrow/aclose/asend stepped by hand, awaits inside async generators and __aexit__, ignored GeneratorExit.
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        await Tick()
        yield 1
        await Tick()
        yield 2
    except ValueError as e:
        print("agen caught", e)
        await Tick()
        yield "recovered"
    finally:
        print("agen finally")

def step(aw):
    try:
        return ("yielded", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

g = agen()
a = g.__anext__()
print(step(a)); print(step(a)); print(step(a))
t = g.athrow(ValueError("while awaiting? no, at yield"))
print(step(t)); print(step(t)); print(step(t))
a = g.__anext__()
print(step(a))
print(step(g.aclose()))
# athrow while the generator is suspended in an await inside (through the asend)
g = agen()
a = g.__anext__()
print(step(a))
try:
    a.throw(ValueError("into await"))
except StopIteration as e:
    print("throw gave value", e.value)
except BaseException as e:
    print("throw raised", type(e).__name__, e)
print(step(g.__anext__()))
print(step(g.aclose()))

class AExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise KeyError("from aexit")
async def use():
    try:
        async with AExitRaises():
            raise ValueError("body")
    except KeyError as e:
        print("caught", repr(e), "context", repr(e.__context__))
c = use()
print(step(c))

async def ignores():
    try:
        await Tick()
    except GeneratorExit:
        await Tick()
c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
c.close()
async def aclose_ag():
    try:
        yield 1
    finally:
        await Tick()
        print("awaited in finally")
g = aclose_ag()
print(step(g.__anext__()))
ac = g.aclose()
print(step(ac)); print(step(ac))
