# del o[key] on objects without __delitem__: the message depends on the path CPython takes (PyObject_DelItem):
# a type with sequence slots and an integer key says "doesn't support", anything else "does not support".
import array, collections
for o, k in [("ab", 0), ("ab", slice(0, 1)), ("ab", "x"), ((1, 2), 0), ((1, 2), slice(0, 1)), (5, 0), (b"ab", 0), (b"ab", slice(0,1)), (range(3), 0), (frozenset(), 0), (None, 0), (1.5, 0), (memoryview(b"ab"), 0)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, type(k).__name__, e)
class C: pass
class D:
    def __len__(self): return 0
class I:
    def __index__(self): return 0
for o, k in [(C(), 0), (C(), "x"), (D(), 0), (D(), I()), ("ab", I()), (True, 0), (int, 0), ({}.keys(), 0), (iter([]), 0), ((x for x in ()), 0), ("ab", True)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, type(k).__name__, e)
