# ag_running and the 'already running' errors of asend/athrow/aclose; reprs of the awaitables.
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    await Tick()
    yield 1
g = agen()
a1 = g.__anext__()
a1.send(None)
print(g.ag_running)
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
t = g.athrow(ValueError)
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a1.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running)
try:
    g.aclose().send(5)
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(g.asend(None))[:29], repr(g)[:30])
g.aclose().send(None) if False else None
async def ag2():
    yield 1
x = ag2()
print(x.ag_frame.f_lineno, x.ag_code.co_name, x.ag_await)
