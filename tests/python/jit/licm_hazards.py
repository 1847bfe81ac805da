# Loop-invariant-looking expressions that must not be hoisted: they raise or change only on
# some iterations, or have side effects each time.
def f(lst, k, z):
    out = 0
    for i in range(3000):
        if i == 2999:
            out += lst[k] + 1 // z
        out += 1
    return out
try:
    print(f([1], 5, 0))
except IndexError as e:
    print(type(e).__name__, e)
print(f([1, 2, 3, 4, 5, 6], 5, 1))
def g(z):
    r = 0
    for i in range(3000):
        if i > 3000:
            r += 1 / z
        r += 1
    return r
print(g(0))
lst = [1, 2, 3]
n = 0
for i in range(3000):
    n += len(lst)
    if i % 1000 == 0:
        lst.append(0)
print(n)
calls = [0]
def side():
    calls[0] += 1
    return 2
t = 0
for i in range(3000):
    t += side() * 2
print(t, calls)
class C:
    def __init__(self):
        self.v = 1
c = C()
u = 0
for i in range(3000):
    u += c.v
    if i == 2000:
        c = C()
        c.v = 5
print(u)
def invariant_div(a, b):
    s = 0
    for i in range(3000):
        if i % 2:
            s += a // b
    return s
try:
    print(invariant_div(10, 3), invariant_div(10, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(invariant_div(10, 0) if False else "skipped")
def attr_late(o):
    s = 0
    for i in range(3000):
        if i == 2999:
            s += o.missing
        s += 1
    return s
try:
    attr_late(C())
except AttributeError as e:
    print(type(e).__name__, e)
