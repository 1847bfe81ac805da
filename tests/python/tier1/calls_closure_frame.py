# Calls of closures through the specialized call forms (the frame gets the closure's cells when
# it is made and starts after COPY_FREE_VARS): cells are shared, not copied, so rebinding in the
# outer scope or with nonlocal is seen by every call; closures with cells of their own, with
# defaults, as methods, as generators, replaced __code__, and a traceback from inside a closure.
import sys


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n

    def peek():
        return n

    return bump, peek


bump, peek = counter()
out = []
for k in range(30):
    r = bump()
    out.append(peek())
bump(10)
print(r, out[-3:], peek())


def adders():
    fs = []
    for k in range(4):
        def add(x, k=k):
            return x + k + base
        fs.append(add)
    base = 100
    return fs


print([f(1) for f in adders() for _ in range(3)])


def outer(v):
    def middle(w):
        def inner(x):
            return (v, w, x)
        return inner(w * 2)
    return middle


m = outer("v")
print([m(k) for k in range(3)])


def shared():
    cell = []

    def put(x):
        cell.append(x)

    def size():
        return len(cell)

    return put, size


put, size = shared()
for k in range(25):
    put(k)
print(size())


class Box:
    def __init__(self, v):
        self.v = v


def method_closure(scale):
    def get(self, extra):
        return self.v * scale + extra
    Box.get = get


method_closure(3)
b = Box(5)
print([b.get(k) for k in range(3)])


def gen_closure(limit):
    def gen(n):
        for i in range(n):
            if i >= limit:
                return
            yield i * limit
    return gen


g = gen_closure(4)
print([list(g(k)) for k in range(6)])


def two(a):
    def f(x):
        return ("first", a, x)
    return f


def three(a):
    def f(x):
        return ("second", a, x)
    return f


f1, f2 = two(1), three(2)
res = []
for k in range(30):
    if k == 20:
        f1.__code__ = f2.__code__
    res.append(f1(k))
print(res[18:22])


def failing(limit):
    def check(x):
        if x > limit:
            raise ValueError("over %d" % limit)
        return x
    return check


c = failing(5)
try:
    total = 0
    for k in range(10):
        total += c(k)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_freevars))
        tb = tb.tb_next
    print(e, total, names)


def with_cell_param(x):
    def get():
        return x
    x += 1
    return get()


print([with_cell_param(k) for k in range(5)])


def recurse_closure(depth):
    def r(n):
        return 0 if n == 0 else 1 + r(n - 1)
    return r(depth)


print(recurse_closure(200))
c(99)
