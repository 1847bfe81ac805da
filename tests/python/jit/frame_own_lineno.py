# f_lineno of the running frame read in a hot loop: CPython computes it from the instruction
# running now, not from the one that created the frame object.
import sys
def func():
    total = 0
    out = []
    for k in range(3000):
        total += k
        fr = sys._getframe()
        if k in (0, 2999):
            out.append((fr.f_lineno, fr.f_locals["k"], fr.f_locals["total"], fr.f_code.co_name))
    return out
print(func())

def walk():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names
def chain(n):
    for i in range(n):
        r = walk()
    return r
print(chain(3000))
