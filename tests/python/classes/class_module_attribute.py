# type.__module__ returns whatever a class's dict holds (CPython's type_module); the repr only
# uses it when it is a str.
class A: pass
A.__module__ = 5
print(A.__module__, repr(A))
try:
    del A.__module__
except Exception as e: print(type(e).__name__, e)
class B: pass
B.__module__ = "pkg.mod"
print(B.__module__, B)
print(int.__module__, type.__module__, type(None).__module__)
import collections
print(collections.OrderedDict.__module__)
C = type("C", (), {})
print(C.__module__)
D = type("D", (), {"__module__": None})
print(D.__module__, D)
ns = {}
exec("class E: pass", ns)
print(ns["E"].__module__)

# A builtin type's __module__ is one str each time (CPython interns it; pickle memoizes by identity).
import collections, datetime, pickle
for t in (int, dict, collections.OrderedDict, collections.deque, datetime.date, datetime.timezone):
    print(t.__name__, t.__module__, t.__module__ is t.__module__)
print(pickle.dumps([datetime.date(2020, 1, 2), datetime.date(2021, 3, 4)], 4))
