# __del__ runs once an instance is unreachable: at the latest when gc.collect() returns.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, type(self).__name__)

t = Tracked("global")
del t
gc.collect()
print("-- after del + collect")

t = Tracked("rebound")
t = None
gc.collect()
print("-- after rebinding")

def scope():
    local = Tracked("local")
    return 42
r = scope()
gc.collect()
print("scope returned", r)
print("-- after function return")

class Child(Tracked):
    pass
c = Child("inherited")
del c
gc.collect()
print("-- inherited __del__")

class Holder:
    def __init__(self):
        self.items = [1, {"k": [Tracked("in dict in list")]}]
h = Holder()
del h
gc.collect()
print("-- contained objects")

# a reference cycle with __del__ (PEP 442: collected, __del__ called once)
a = Tracked("cycle-a")
b = Tracked("cycle-b")
a.other = b
b.other = a
del a, b
gc.collect()
print("-- cycle")

# resurrection: __del__ stores self; it is not called a second time
saved = []
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ runs")
        saved.append(self)
p = Phoenix()
del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print("-- no second __del__")

# __del__ called explicitly is just a method call
class Explicit:
    def __del__(self):
        print("Explicit.__del__ called")
e = Explicit()
e.__del__()
del e
gc.collect()
print("-- explicit call then collection")

# objects still referenced are not finalized
keep = Tracked("kept")
gc.collect()
print("-- kept alive, nothing printed above")

# gc module API
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__, gc.collect(0) >= 0)
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), gc.garbage, gc.callbacks)
for args in [(3,), (-1,)]:
    try:
        gc.collect(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(keep), gc.is_tracked(Tracked))
phases = []
def cb(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
del keep
gc.collect()
print("end")
