# Calls of builtins in traced loops (CALL_NO_KW_BUILTIN_O / _FAST as helper calls, abs of a float
# inline) and module attributes (math.pi): a builtin shadowed by a global mid-loop, a module
# attribute rebound mid-loop, and a builtin that raises mid-loop (uncaught at the end: the
# traceback must be tier 1's).
import math

def sums(xs):
    t = 0.0
    for i in range(len(xs)):
        x = xs[i]
        t += abs(x) + min(x, 0.5) + max(x, -0.5) + math.pi
    return t

vals = [(-1.0) ** i * (i * 0.125) for i in range(3000)]
print(sums(vals))

def shadowed(n):
    c = 0
    for i in range(n):
        c += abs(-i)
        if i == n // 2:
            globals()['abs'] = lambda v: 1
    return c
print(shadowed(3000))
del abs

def patched(n):
    t = 0.0
    for i in range(n):
        t += math.pi
        if i == n // 2:
            math.pi = 3.0
    return t
print(patched(3000))
math.pi = 3.141592653589793

def ords(s):
    total = 0
    for i in range(len(s)):
        total += ord(s[i])
    return total
print(ords("abc" * 1000))
print(ords("abc" * 1000 + "xy"))
def bad(xs):
    total = 0
    for i in range(len(xs)):
        total += ord(xs[i])
    return total
bad(["a"] * 2999 + ["too long"])
