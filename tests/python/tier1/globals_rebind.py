# LOAD_GLOBAL caches: globals and builtins rebound, shadowed, deleted in hot loops.
import builtins

G = 1

def read_g(n):
    s = 0
    for i in range(n):
        s += G
    return s

print(read_g(100))
G = 2
print(read_g(100))

def rebind_inside(n):
    global G
    s = 0
    for i in range(n):
        s += G
        if i == 50:
            G = 10
    return s

G = 1
print(rebind_inside(100))

def use_len(xs, n):
    out = []
    for i in range(n):
        out.append(len(xs))
    return out

print(use_len([1, 2, 3], 60)[-1])

def len(x):
    return 42

print(use_len([1, 2, 3], 60)[-1])
del len
print(use_len([1, 2, 3], 60)[-1])

def shadow_midloop(n):
    out = []
    for i in range(n):
        out.append(abs(-i))
        if i == 30:
            globals()["abs"] = lambda v: "shadowed"
        if i == 60:
            del globals()["abs"]
    return out

r = shadow_midloop(100)
print(r[29:33], r[59:63], r[-1])

orig_min = builtins.min

def use_min(n):
    out = []
    for i in range(n):
        out.append(min(i, 5))
        if i == 40:
            builtins.min = lambda a, b: "patched"
        if i == 80:
            builtins.min = orig_min
    return out

r = use_min(100)
print(r[39:43], r[79:83])

def del_global(n):
    global H
    out = []
    for i in range(n):
        try:
            out.append(H)
        except NameError as e:
            out.append(str(e))
        if i == 20:
            del H
        if i == 40:
            H = "back"
    return out

H = "h"
r = del_global(60)
print(r[19:23], r[39:43])

def many_globals(n):
    s = 0
    for i in range(n):
        s += A + B + C
        if i % 25 == 0:
            globals()["NEW%d" % i] = i
    return s

A, B, C = 1, 2, 3
print(many_globals(200))
print(sorted(k for k in globals() if k.startswith("NEW"))[:3])

def via_exec(n):
    code = "t = 0\nfor i in range(%d):\n    t += V\n" % n
    g1 = {"V": 1}
    g2 = {"V": 2}
    exec(code, g1)
    exec(code, g2)
    g3 = {}
    try:
        exec(code, g3)
    except NameError as e:
        print("NameError", e)
    return g1["t"], g2["t"]

print(via_exec(100))

def callee():
    return K

K = "k1"
def caller(n):
    out = []
    for i in range(n):
        out.append(callee())
    return out

print(caller(50)[-1])
K = "k2"
print(caller(50)[-1])

def builtin_then_global(n):
    out = []
    for i in range(n):
        out.append(str(i))
    return out[-1]

print(builtin_then_global(50))
str = lambda v: "S"
print(builtin_then_global(50))
del str
print(builtin_then_global(50))
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
