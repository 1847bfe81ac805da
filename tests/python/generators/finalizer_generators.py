# Abandoned suspended generators and coroutines are closed (finally blocks, with exits) by gc.collect().
import gc
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def with_finally(tag):
    try:
        with Resource(tag):
            yield 1
            yield 2
    finally:
        print("finally", tag)

g = with_finally("dropped")
print(next(g))
del g
gc.collect()
print("-- dropped generator closed")

def consume_some():
    g = with_finally("in function")
    return next(g)
r = consume_some()
gc.collect()
print("-- generator local to a function closed; got", r)

# breaking out of a for loop abandons the generator
for x in with_finally("loop"):
    break
gc.collect()
print("-- loop break")

# not started and finished generators have nothing to run
g = with_finally("never started")
del g
g = with_finally("exhausted")
list(g)
del g
gc.collect()
print("-- unstarted/exhausted")

# a generator delegating with yield from: the inner one's finally runs too
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
next(g)
del g
gc.collect()
print("-- delegation")

# GeneratorExit seen by the generator
def watcher():
    try:
        yield
    except GeneratorExit:
        print("watcher got GeneratorExit")
        raise
w = watcher()
next(w)
w = None
gc.collect()
print("-- GeneratorExit")

# errors while closing are reported, not raised
reports = []
def hook(u):
    reports.append((u.exc_type.__name__, str(u.exc_value), type(u.object).__name__, u.err_msg))
sys.unraisablehook = hook
def ignores():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
g = ignores()
next(g)
del g
def fails():
    try:
        yield 1
    finally:
        raise ValueError("error in finally")
g = fails()
next(g)
del g
gc.collect()
print(reports)

# coroutines and async generators too
class Tick:
    def __await__(self):
        yield

async def coro():
    try:
        await Tick()
    finally:
        print("coroutine finally")
c = coro()
c.send(None)
del c
gc.collect()
print("-- coroutine")

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("async generator finally")
a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
del a
gc.collect()
print("-- coroutines")
print(reports[2:])
