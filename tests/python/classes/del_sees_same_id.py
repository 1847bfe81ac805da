# An object finalized after the collector found it unreachable keeps its id() (and so its default
# repr) in __del__, in a generator's close and in the "never awaited" report of a coroutine, as
# under reference counting.
import gc, sys, warnings


class A:
    def __del__(self):
        print("A.__del__ same id:", id(self) == seen["A"], repr(self) == seen["A repr"])


class D(dict):
    def __del__(self):
        print("D.__del__ same id:", id(self) == seen["D"])


class L(list):
    def __del__(self):
        print("L.__del__ same repr:", object.__repr__(self) == seen["L"])


seen = {}
a = A()
seen["A"], seen["A repr"] = id(a), repr(a)
del a
gc.collect()
d = D()
seen["D"] = id(d)
del d
gc.collect()
l = L()
seen["L"] = object.__repr__(l)
del l
gc.collect()

# a cycle: both finalizers see the ids the objects had
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("Node", self.name, "same id:", id(self) == seen[self.name])


x, y = Node("x"), Node("y")
x.other, y.other = y, x
seen["x"], seen["y"] = id(x), id(y)
del x, y
gc.collect()

# a suspended generator closed by the collector
ids = []


def gen():
    try:
        yield 1
    finally:
        print("generator closed")


g = gen()
next(g)
ids.append(id(g))
del g
gc.collect()

# a coroutine never awaited: the unraisable report names the same object
async def corofn():
    pass


reports = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, repr(u.object)))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    c = corofn()
    r = repr(c)
    del c
    gc.collect()
print([(t, o == r) for t, o in reports])

# a broken warnings._warn_unawaited_coroutine is reported, then the warning is given directly
reports.clear()
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
try:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = corofn()
        r = repr(c)
        del c
        gc.collect()
    print([(t, o == r) for t, o in reports], [str(w.message) for w in caught])
finally:
    warnings._warn_unawaited_coroutine = orig
    sys.unraisablehook = old_hook

# the docstrings name the kind of object
import types
ct = types.CoroutineType
print("into coroutine" in ct.send.__doc__, "inside coroutine" in ct.close.__doc__, "in coroutine" in ct.throw.__doc__)
print("of the coroutine" in ct.__dict__["__name__"].__doc__, "of the coroutine" in ct.__dict__["__qualname__"].__doc__)
gt = types.GeneratorType
print("into generator" in gt.send.__doc__, "inside generator" in gt.close.__doc__, "of the generator" in gt.__dict__["__name__"].__doc__)
print(gt.send.__doc__.startswith("send(arg)"), gt.throw.__doc__.startswith("throw(value)\nthrow(type[,value[,tb]])\n\n"),
      ct.throw.__doc__.startswith("throw(value)\nthrow(type[,value[,traceback]])\n\n"))
print("of the async generator" in types.AsyncGeneratorType.__dict__["__qualname__"].__doc__)
