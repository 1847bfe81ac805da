# sys.set_asyncgen_hooks: firstiter at an async generator's first iteration, finalizer instead of closing it.
import gc
import sys

print(sys.get_asyncgen_hooks())
seen = []
finalized = []
def firstiter(agen):
    seen.append(agen.__name__)
def finalizer(agen):
    finalized.append(agen.__name__)
    # an event loop would schedule agen.aclose(); close it right here instead
    try:
        agen.aclose().send(None)
    except StopIteration:
        print("finalizer closed", agen.__name__)

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")

sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter, len(hooks))
g = numbers()
print(seen)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first value", e.value)
print(seen)
del g
gc.collect()
print("finalized", finalized)

sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for kwargs in [{"firstiter": 1}, {"finalizer": "x"}]:
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.set_asyncgen_hooks(bad=1)
except TypeError as e:
    print("TypeError", e)
