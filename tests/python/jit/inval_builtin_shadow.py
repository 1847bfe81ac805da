# Shadowing a builtin (len, abs) in the module mid-loop, then deleting the shadow.
import builtins
data = [1, 2, 3]
s = 0
for i in range(3000):
    s += len(data)
    if i == 1000:
        len = lambda x: 100
    if i == 2000:
        del len
print(s)

t = 0
for i in range(3000):
    t += abs(-i)
    if i == 999:
        globals()["abs"] = lambda v: 1
    if i == 1999:
        del globals()["abs"]
print(t)

# Patching the builtins module itself.
orig = builtins.max
m = 0
for i in range(3000):
    m += max(i, 5)
    if i == 1500:
        builtins.max = lambda *a: 0
builtins.max = orig
print(m)

def in_func(n):
    r = 0
    for i in range(n):
        r += min(i, 10)
        if i == n // 2:
            builtins.min = lambda a, b: -1
    return r
orig_min = builtins.min
try:
    print(in_func(3000))
finally:
    builtins.min = orig_min
print(min(3, 4))
