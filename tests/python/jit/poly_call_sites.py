# One call site that sees two or three different functions (plain, with a default, a closure),
# bound methods of different classes, and classes, each inlined by a trace and then changing.

def inc(v):
    return v + 1

def dbl(v, k=2):
    return v * k % 100003

def make_sub(d):
    def sub(v):
        return v - d
    return sub

class A:
    def __init__(self, v):
        self.v = v
    def get(self, k):
        return self.v + k

class B(A):
    def get(self, k):
        return self.v * 2 - k

class C:
    def __init__(self, v):
        self.v = -v
    def get(self, k):
        return k


def functions(fs, n):
    t = 0
    k = len(fs)
    for i in range(n):
        t = fs[i % k](t) % 1000003
    return t


def methods(objs, n):
    t = 0
    k = len(objs)
    for i in range(n):
        t = (t + objs[i % k].get(i)) % 1000003
    return t


def bound(objs, n):
    ms = [o.get for o in objs]
    t = 0
    k = len(ms)
    for i in range(n):
        m = ms[i % k]
        t = (t + m(i)) % 1000003
    return t


def classes(cls, n):
    t = 0
    k = len(cls)
    for i in range(n):
        o = cls[i % k](i)
        t = (t + o.v) % 1000003
    return t


def main():
    sub = make_sub(7)
    # monomorphic first (the trace sees one function), then two, then three
    print(functions([inc], 3000), functions([inc, dbl], 3000), functions([inc, dbl, sub], 3000))
    # the site goes polymorphic only late in one call
    print(functions([inc] * 2999 + [dbl], 6000))
    print(methods([A(3)], 3000), methods([A(3), B(4)], 3000), methods([A(3), B(4), C(5)], 3000))
    print(methods([B(1)] * 2000 + [C(2)], 4000))
    print(bound([A(1)], 3000), bound([A(1), B(2), C(3)], 3000))
    print(classes([A], 3000), classes([A, B], 3000), classes([A, C, B], 3000))
    # the same functions through one site, in a different order each round
    for r in range(4):
        fs = [inc, dbl, sub][r % 3:] + [inc, dbl, sub][:r % 3]
        print(r, functions(fs, 1000 + r))


main()
