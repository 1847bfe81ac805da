# A guard fails 3 calls deep (an attribute changes type), the loop continues with mixed types,
# and the deep frame is inspected after the exit.
import sys
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

class Box:
    def __init__(self, v):
        self.v = v

def h(b, i):
    r = b.v + i
    if i in (2499, 2500, 2999):
        f = sys._getframe(1)
        print("at", i, f.f_code.co_name, f.f_locals["i"], f.f_back.f_code.co_name, repr(r))
    return r

def g(b, i):
    x = h(b, i) * 2
    return x - i

def f(b, i):
    return g(b, i) + 1

def d4(v):
    return v + 1

def d3(v):
    return d4(v) * 3

def d2(v):
    return d3(v) - 1

def d1(v):
    return d2(v)


def main():
    b = Box(0)
    total = 0
    for i in range(3000):
        if i == 2500:
            b.v = 0.5
        if i == 2800:
            b.v = 10**20
        total += f(b, i)
    print(total)
    vals = [1] * 2500 + ["s"]
    try:
        s = 0
        for v in vals:
            s += d1(v)
    except TypeError:
        print(s)
        print(traceback.format_exc().replace(HERE, ""))


main()
