# Classes instantiated in a traced loop (called as tier 1's CALL does, not opened up): plain
# __init__, a class rebound mid-loop, __init__ raising at one iteration (tier 1's traceback),
# __init__ returning a value (TypeError), the caller's line seen from __init__, and a class
# call inside a function the loop inlines.
import sys

class P:
    def __init__(self, x):
        self.x = x

class Q:
    def __init__(self, x):
        self.x = x * 10

class Fussy:
    def __init__(self, x):
        if x == 37:
            raise ValueError("bad " + str(x))
        self.x = x

class Odd:
    def __init__(self, x):
        return x

class Where:
    def __init__(self):
        self.line = sys._getframe(1).f_lineno

def build(n):
    s = 0
    for i in range(n):
        p = P(i)
        s = s + p.x
    return s

def rebound(n):
    global P
    keep = P
    s = 0
    for i in range(n):
        s = s + P(i).x
        if i == 50:
            P = Q
    P = keep
    return s

def fussy(n):
    s = 0
    for i in range(n):
        s = s + Fussy(i).x
    return s

def odd(n):
    s = 0
    for i in range(n):
        o = Odd(0)
        s = s + i
    return s

def where(n):
    lines = 0
    for i in range(n):
        a = Where()
        b = Where()
        lines = lines + a.line - b.line
    return lines

def make(x):
    return P(x)

def nested(n):
    s = 0
    for i in range(n):
        s = s + make(i).x
    return s

print(build(200), build(3))
print(rebound(100))
print(where(40))
print(nested(100))
try:
    print(odd(10))
except TypeError as e:
    print("TypeError", e)
print(fussy(30))
fussy(100)
