# obj.__weakref__ is the object's first weak reference (the basic one when it exists), or None.
import weakref, gc
class A: pass
a = A()
print(a.__weakref__)
r1 = weakref.ref(a)
print(a.__weakref__ is r1)
def cb(r): print("callback", r is r2)
r2 = weakref.ref(a, cb)
p = weakref.proxy(a)
print(a.__weakref__ is r1, weakref.getweakrefcount(a))
class S:
    __slots__ = ("__weakref__",)
s = S(); print(s.__weakref__); rs = weakref.ref(s); print(s.__weakref__ is rs)
try:
    s.__weakref__ = 1
except AttributeError as e: print("AttributeError", e)
print(type(A.__dict__["__weakref__"]).__name__)
del a, p
gc.collect()
print("end")
