# An exhausted dict iterator (keys, values, items, reversed) no longer keeps its dict alive,
# and instances of dict, OrderedDict, defaultdict and list subclasses run __del__ at gc.collect().
import gc
import weakref
from collections import OrderedDict, defaultdict


class D(dict):
    pass


makers = [
    ("iter", iter),
    ("keys", lambda d: iter(d.keys())),
    ("values", lambda d: iter(d.values())),
    ("items", lambda d: iter(d.items())),
    ("reversed", reversed),
    ("reversed items", lambda d: reversed(d.items())),
]
for name, mk in makers:
    d = D(a=1, b=2)
    r = weakref.ref(d)
    it = mk(d)
    del d
    print(name, list(it), it.__length_hint__(), next(it, "end"))
    gc.collect()
    print(" freed", r() is None, "reduce", it.__reduce__()[1])

# A live iterator still keeps it alive; one that saw a change of size keeps raising.
d = D(x=1)
r = weakref.ref(d)
it = iter(d)
del d
gc.collect()
print("live", r() is not None, next(it))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
print(it.__length_hint__())

log = []


class MyD(dict):
    def __del__(self):
        log.append(("dict", self.get("k")))


class MyOD(OrderedDict):
    def __del__(self):
        log.append(("OrderedDict", list(self)))


class MyDD(defaultdict):
    def __del__(self):
        log.append(("defaultdict", self["missing"]))


class MyL(list):
    def __del__(self):
        log.append(("list", len(self)))


for make in (lambda: MyD(k=5), lambda: MyOD(a=1, b=2), lambda: MyDD(int), lambda: MyL([1, 2, 3])):
    make()
    gc.collect()
print(log)

# The finalizer runs once, even when __del__ resurrects the object.
saved = []


class Back(dict):
    def __del__(self):
        saved.append(self)
        print("del", dict(self))


Back(z=1)
gc.collect()
print(len(saved), saved[0])
saved.clear()
gc.collect()
print("again", len(saved))


class Bad(list):
    def __del__(self):
        raise ValueError("in del")


def hook(u):
    print("unraisable", type(u.exc_value).__name__, u.exc_value, u.object.__qualname__)


import sys

sys.unraisablehook = hook
Bad()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
