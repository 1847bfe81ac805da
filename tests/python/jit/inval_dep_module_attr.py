# Module attributes read in a traced loop are constants under a dependency on the module dict's
# key: rebinding one (from outside, from the loop on a side branch, deleting it) is seen at once.
import math
import types

m = types.ModuleType("m")
m.K = 5


def area(n):
    t = 0.0
    for i in range(n):
        t += math.pi * 2.0
    return t


def scaled(n):
    t = 0
    for i in range(n):
        t += m.K
        if i == 700:
            m.K = 100
    return t


print(area(1500))
saved = math.pi
math.pi = 3.0
print(area(1500))
math.pi = saved
print(area(1500))
print(scaled(1500), m.K)
m.K = 5
print(scaled(1500), m.K)
del m.K
try:
    scaled(10)
except AttributeError as e:
    print(type(e).__name__, e)
