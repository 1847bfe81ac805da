# A function that reads its caller's locals from a hot loop (the JIT must have written them back).
import sys
def peek(*names):
    loc = sys._getframe(1).f_locals
    return tuple(loc.get(n) for n in names)
def work():
    a = 0
    b = 1.5
    s = ""
    bad = 0
    for i in range(3000):
        a += 2
        b *= 1.0001
        if i % 100 == 0:
            s = s + "x"
        got = peek("i", "a", "b", "s")
        if got != (i, a, b, s):
            bad += 1
    return bad, got[0], got[1], round(got[2], 6), len(got[3])
print(work())

def outer_peek():
    return sys._getframe(2).f_locals["depth_marker"]
def middle():
    return outer_peek()
def top():
    res = 0
    for depth_marker in range(3000):
        res += middle() - depth_marker
    return res
print(top())

def back_frames():
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names
def chain(n):
    for i in range(n):
        r = back_frames()
    return r
print(chain(3000))
