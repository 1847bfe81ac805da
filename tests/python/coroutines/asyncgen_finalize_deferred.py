# Async generators abandoned unfinished: the event loop's finalizer hook schedules aclose()
# (asyncio), or, without a hook, gc.collect() closes them; many of them, past the ring.
import asyncio
import gc
import sys

log = []


async def agen(n):
    try:
        yield n
        yield n + 1
    finally:
        log.append(n)


async def main():
    gens = [agen(i) for i in range(50)]
    for g in gens:
        await g.__anext__()
    del gens, g
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(sorted(log) == list(range(50)))
    log.clear()
    async for x in agen(100):
        break
    gc.collect()
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
log.clear()
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer)


async def drive():
    g = agen(7)
    await g.__anext__()
    return g


c = drive()
try:
    c.send(None)
except StopIteration as e:
    held = e.value
del held, c
gc.collect()
print(log)
