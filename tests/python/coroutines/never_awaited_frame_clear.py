# frame.clear() on a coroutine never awaited warns "was never awaited" at once (and does not close
# it); on a suspended coroutine it closes it; an "error" filter makes the warning unraisable
import sys
import types
import warnings


async def f():
    pass


@types.coroutine
def pause():
    yield "paused"


async def g():
    try:
        await pause()
    finally:
        print("  g's finally")


def show(w):
    return [(x.category.__name__, str(x.message)) for x in w]


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    c.cr_frame.clear()
    print("after clear:", show(w), c.cr_frame is not None)
    c.close()
    print("after close:", len(w), c.cr_frame)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = g()
    print(c.send(None))
    c.cr_frame.clear()
    print("suspended then cleared:", show(w), c.cr_frame)

seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value), u.object is c))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = f()
    c.cr_frame.clear()
    c.close()
print(seen)
