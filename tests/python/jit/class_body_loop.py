# Hot loops in class bodies and at module level use name lookups (LOAD_NAME) that fall back from
# the class namespace to globals and builtins; names shadowed mid-loop.
X = 1
class C:
    total = 0
    for i in range(3000):
        total += X
        if i == 1000:
            X = 10
        if i == 2000:
            del X
    table = [i * i for i in range(10)]
print(C.total, C.i, C.table[-1], X)
class D:
    acc = 0
    for i in range(3000):
        acc += len("ab")
        if i == 1500:
            len = lambda s: 5
print(D.acc)
s = 0
for i in range(3000):
    s += abs(-1)
    if i == 1000:
        abs = lambda v: 2
    if i == 2000:
        del abs
print(s)
