# the attribute names of builtin types (dir()) match CPython's, apart from the pickling protocol
# (__reduce__, __reduce_ex__, __setstate__), and object's __dict__ descriptor Taipan keeps on object
import sys
SKIP = {"__reduce__", "__reduce_ex__", "__setstate__", "__dict__", "__text_signature__"}
types = [object, list, tuple, dict, set, frozenset, slice, range, enumerate, zip, map, filter, reversed,
         property, staticmethod, classmethod, super, BaseException, Exception, KeyError, ExceptionGroup,
         type(None), type(...), type(lambda: 0), type({}.keys()), type({}.values()), type({}.items()),
         type(iter([])), type(iter(())), type(iter(range(3)))]
for t in types:
    names = [n for n in sorted(dir(t)) if n not in SKIP]
    print(t.__name__, len(names))
    print("  ", " ".join(names))
print([1].__add__([2]), [1].__mul__(2), [1].__rmul__(3), (1,).__add__((2,)), (1,).__mul__(2))
try:
    [1].__add__((2,))
except TypeError as e:
    print(type(e).__name__, e)
print(None | int, int | None)
try:
    None | None
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def f(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__
class B(A):
    pass
print(B().f(), super(A).__self__, super(A).__self_class__)
print(object.__subclasshook__(), A.__subclasshook__(int), A().__getstate__())
a = A()
a.x = 1
print(a.__getstate__(), enumerate[int], ExceptionGroup[int])
