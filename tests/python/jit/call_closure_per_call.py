# A closure or nested def made anew by each call of its enclosing function, called from a hot
# loop: every call brings another function object of the same code (the JIT stops inlining it).
import types


def scaled(n, k):
    def f(x):
        return x * k + 1
    c = 0
    for i in range(n):
        c = (c + f(i)) % 1000003
    return c


def with_defaults(n, k):
    def g(x, step=k, bias=2):
        return x + step - bias
    c = 0
    for i in range(n):
        c = g(c) % 999983
    return c


def lambdas(n, k):
    h = lambda a, b: a * b + k
    c = 0
    for i in range(n):
        c = h(c % 97, i % 13) % 100000
    return c


def counting(n):
    total = 0
    def bump(v):
        nonlocal total
        total += v
        return total
    last = 0
    for i in range(n):
        last = bump(i % 7)
    return total, last


def raising(n, bad):
    def check(x):
        if x == bad:
            raise ValueError("bad value %d" % x)
        return x
    s = 0
    for i in range(n):
        try:
            s += check(i)
        except ValueError as e:
            s -= 1
            msg = str(e)
    return s, msg


def mixed(n, k):
    # one call site, several codes: the first made per call, the others module-level
    def own(x):
        return x + k
    fs = [own, abs, _double, own]
    s = 0
    for i in range(n):
        s += fs[i % 4](i - 50)
    return s


def _double(x):
    return 2 * x


def other_globals(n):
    def base(x):
        return x + OFFSET
    c = 0
    for ns in ({"OFFSET": 1}, {"OFFSET": 100}, {"OFFSET": -7}):
        fn = types.FunctionType(base.__code__, ns, "base", None, base.__closure__)
        for i in range(n):
            c += fn(i)
    return c


def factory(k):
    def add(x):
        y = x * 2
        return y + k
    return add


def changing_cells(n):
    # a new closure per outer iteration; its cell's type changes, so the inlined body leaves
    # from inside the call and tier 1 finishes it with that closure's cell
    totals = []
    for k in (3, 2.5, 10**30, -7, 1.5, 4):
        f = factory(k)
        s = 0
        for i in range(n):
            s = s + f(i)
        totals.append(s)
    return totals


def alternating(n):
    fs = [factory(k) for k in (1, 2, 3.5)]
    s = 0
    for i in range(n):
        s += fs[i % 3](i)
    return s


def code_replaced(n):
    # a closure whose __code__ is swapped mid-loop for another code with the same free variable
    def source():
        k = 10
        def a(x):
            return x + k
        def b(x):
            return x - k
        return a, b
    total = 0
    for r in range(4):
        a, b = source()
        for i in range(n):
            if i == n // 2 and r % 2:
                a.__code__ = b.__code__
            total += a(i)
    return total


def keyword_defaults(n, k):
    def f(a, b=k, c=2):
        return a + b * c
    s = 0
    for i in range(n):
        s += f(i, c=3) + f(i)
    return s


def defaults_replaced(n, k):
    def f(a, b=k):
        return a * b
    s = 0
    for i in range(n):
        if i == n // 3:
            f.__defaults__ = (k + 100,)
        if i == 2 * n // 3:
            f.__defaults__ = None
        try:
            s += f(i)
        except TypeError as e:
            s -= 1
            msg = str(e)
    return s, msg


OFFSET = 5

for k in range(6):
    print("scaled", k, scaled(1500 + k, k))
for k in range(4):
    print("defaults", k, with_defaults(1200, k + 1))
for k in range(4):
    print("lambdas", k, lambdas(1400, k))
for n in (900, 1300, 1700):
    print("counting", n, counting(n))
for bad in (5, 700, 1200):
    print("raising", bad, raising(1300, bad))
for k in range(3):
    print("mixed", k, mixed(1600, k))
print("other_globals", other_globals(1200))
print("changing_cells", changing_cells(1300))
print("alternating", alternating(3000))
print("code_replaced", code_replaced(1200))
for k in range(4):
    print("keyword_defaults", k, keyword_defaults(1300, k))
for k in range(4):
    print("defaults_replaced", k, defaults_replaced(1500, k))
