# Identity of ints a trace keeps unboxed: where one object is bound to several
# names, `is` says True, in the loop, at its exits and after it, as in CPython.
# Results of arithmetic are new objects (a is a + 0 is False for big ints).
BIG = 10**12


def chained(n):
    r = []
    for i in range(n):
        x = y = BIG + i
        r.append(x is y)
    return r


def carried_pair(n):
    c = 0
    x = y = BIG
    for i in range(n):
        if x is y:
            c += 1
        x = y = x + 1
    return c, x is y, x == y


def alias_after_loop(n):
    x = BIG
    y = None
    for i in range(n):
        x = x + 1
        y = x
    return x is y, x == y


def alias_in_loop(n):
    c = 0
    x = BIG
    for i in range(n):
        x = x + 3
        y = x
        if x is y:
            c += 1
        if x is not y:
            c += 1000
    return c


def new_objects(n):
    r = []
    for i in range(n):
        a = BIG + i
        b = a
        c = a + 0
        d = a * 1
        r.append((a is b, a is c, a is d, b is a))
    return r


def invariant_alias(n):
    c = 0
    x = BIG
    y = x
    for i in range(n):
        c += x - y
        if x is y:
            c += 1
    return c, x is y


def inner_loop(n):
    c = 0
    x = BIG
    for i in range(n):
        x = x + 1
        y = x
        for j in range(3):
            z = x
            c += j
        if x is y and z is x:
            c += 100
    return c, x is y, z is y


def swap_pair(n):
    a, b = BIG, BIG + 1
    for i in range(n):
        a, b = b, a + b
        t = b
    return t is b, a is b


def stored(n):
    keep = []
    x = BIG
    for i in range(n):
        x = x + 7
        keep.append(x)
    return keep[-1] is x


def small(n):
    r = 0
    for i in range(n):
        x = i % 200
        y = x
        z = (x + 1) - 1
        if x is y and x is z:
            r += 1
    return r


for n in (1, 2, 5, 40):
    print(n, chained(n)[-3:], carried_pair(n), alias_after_loop(n), alias_in_loop(n))
    print(n, new_objects(n)[-2:], invariant_alias(n), inner_loop(n), swap_pair(n), stored(n), small(n))


def nested_trace(n):
    c = 0
    x = BIG
    keep = []
    for i in range(n):
        x = x + 1
        for j in range(20):
            z = x
            c += j
        keep.append(z)
        if z is x:
            c += 100
    return c, z is x, keep[-1] is x
def nested_trace2(n):
    c = 0
    x = BIG
    for i in range(n):
        x = x + 1
        y = x
        for j in range(20):
            c += j + x - y
        if y is x:
            c += 100
    return c, x is y

# the inner loops run as their own traces, called from the outer one (CALL_TRACE)
for k in range(30):
    r = nested_trace(50), nested_trace2(50)
print(r)
