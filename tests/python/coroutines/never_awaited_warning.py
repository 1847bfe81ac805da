# A coroutine that dies never awaited warns RuntimeWarning "coroutine '...' was never awaited"
# (when gc.collect() finds it, here); one closed, awaited or started does not; origin tracking
# adds where it was made; an "error" filter makes the warning unraisable, not an exception.
import gc
import sys
import warnings


async def f():
    pass


def show(w):
    return [(x.category.__name__, str(x.message).splitlines()[0]) for x in w]


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    del c
    gc.collect()
    print(show(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    c.close()
    del c
    d = f()
    try:
        d.send(None)
    except StopIteration:
        pass
    del d
    gc.collect()
    print(show(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    many = [f() for _ in range(100)]
    del many
    gc.collect()
    print(len(w), set(show(w)))

sys.set_coroutine_origin_tracking_depth(1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = f()
    del c
    gc.collect()
    lines = str(w[0].message).splitlines()
    print(lines[0], lines[1], "never_awaited_warning.py" in lines[2])
sys.set_coroutine_origin_tracking_depth(0)

seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = f()
    del c
    gc.collect()
print(seen)
