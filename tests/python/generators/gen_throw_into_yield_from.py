def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except ValueError as e:
        print("inner caught", e)
        return "inner-recovered"
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"

g = outer()
print(next(g))
print(g.throw(ValueError("injected")))
try:
    next(g)
except StopIteration:
    print("finished")

def passthrough():
    yield from inner()
g = passthrough()
next(g)
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated out of both", repr(e))
print(g.gi_frame)

class Delegate:
    def __init__(self):
        self.items = iter([1, 2, 3])
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.items)
def over_plain_iterator():
    yield from Delegate()
g = over_plain_iterator()
print(next(g))
try:
    g.throw(IndexError("into plain iterator"))
except IndexError as e:
    print("plain iterator cannot handle:", e)
