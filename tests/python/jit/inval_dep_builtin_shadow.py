# A builtin read in a traced loop (its absence from the globals and its builtins binding are the
# trace's assumptions) is shadowed by a global, unshadowed, then rebound in builtins.
import builtins

builtins.STEP = 1


def count(n):
    t = 0
    for i in range(n):
        t += STEP
    return t


print(count(1500))
globals()["STEP"] = 2
print(count(1500))
del globals()["STEP"]
print(count(1500))
builtins.STEP = 3
print(count(1500))
STEP = 4
print(count(1500))
del STEP
print(count(1500))
del builtins.STEP
try:
    count(10)
except NameError as e:
    print(type(e).__name__, e)
