# from m import * with and without __all__, and CPython's errors for a bad __all__.
from _star import *
print(PUBLIC, sub.SUB)
print("_private" in globals())

from _star.noall import *
print(a, f(), "_b" in globals(), "_sys" in globals())

from _star.tupleall import *
print(t1, "t2" in globals())

try:
    from _star.badall import *
except TypeError as e:
    print(type(e).__name__, e)
print(ok)

try:
    from _star.missing import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)


def in_function():
    ns = {}
    exec("from _star.tupleall import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))


print(in_function())
