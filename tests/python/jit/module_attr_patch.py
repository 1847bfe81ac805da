# A module attribute used in a hot loop (math.sqrt, a module global) patched mid-loop.
import math
orig = math.sqrt
s = 0.0
for i in range(3000):
    s += math.sqrt(i)
    if i == 1500:
        math.sqrt = lambda v: 1.0
math.sqrt = orig
print(round(s, 6))
import types
mod = types.ModuleType("m")
mod.k = 1
t = 0
for i in range(3000):
    t += mod.k
    if i == 1000:
        mod.k = 2
    if i == 2000:
        mod.__dict__["k"] = 3
print(t)
try:
    for i in range(3000):
        mod.k
        if i == 2500:
            del mod.k
except AttributeError as e:
    print(i, type(e).__name__, e)
from math import floor
u = 0
for i in range(3000):
    u += floor(i / 7)
    if i == 1500:
        floor = math.ceil
print(u)
