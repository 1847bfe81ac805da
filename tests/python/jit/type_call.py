# type(x) in a traced loop (CALL_NO_KW_TYPE_1): many types at one site, __class__ assigned
# mid-loop, and the builtin shadowed by a global: CPython's results each time.
class A: pass
class B(A): pass
def run(n):
    objs = [1, "s", 2.5, A(), B(), None, [1], (2,)]
    a = b = ints = other = 0
    for i in range(n):
        t = type(objs[i % 8])
        if t is A:
            a += 1
        elif t is B:
            b += 1
        elif t is int:
            ints += 1
        else:
            other += 1
        if i == n // 2:
            objs[3].__class__ = B
    return a, b, ints, other
print(run(5000))
type = lambda x: A
print(run(100))
