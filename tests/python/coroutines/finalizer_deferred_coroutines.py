# Coroutines with finally blocks around an await: closed by gc.collect() when abandoned while
# suspended (however many were made), and run to their end by asyncio without a finalizer.
import gc, asyncio
log = []
async def inner():
    return 1
async def c(n):
    try:
        await inner()
        await asyncio.sleep(0)
    finally:
        log.append(n)
cs = [c(i) for i in range(50)]
for x in cs:
    try: x.send(None)
    except StopIteration: pass
del cs, x
gc.collect()
print(sorted(log) == list(range(50)))
async def main():
    return sum([await c(i) or 1 for i in range(100)])
print(asyncio.run(main()), len(log))
