# A loop body long enough to be split into pieces (GUARD_SPLIT: each piece a bridge of the
# one before) whose trace later became a trace tree: the pieces' exits inside the tree's class
# must report themselves like any bridge's (they hang at depth 0, which once left them without
# a report: an internal error, and wrong values before it). Found by the JIT's differential
# fuzzer (seed 81297, minimized); the same with the JIT off, on, and forced to trace at once.
class C0:
    ca = 29
    def __init__(self, a):
        pass
class C1(C0):
        pass
def gen0(n):
    for q in range(n):
        yield q * 6 - 1
def ff(a):
    try:
        return 10 // (a % 3)
    except ZeroDivisionError:
        pass
def mk(k):
    def add(x):
        return x + k
    return add
def counter():
    c = 0
    def inc(step):
        return c
    return inc
def main0():
    n1 = 0
    n3 = 255
    x0 = 9.223372036854776e18
    L0 = [4, 4611686018427387904, -1, 4]
    D0 = {0: 1, 1: 1000, 'a': 3, 'b': 1, 2: 5}
    t0 = (1, -13, 6)
    o1 = C1(31)
    add = mk(5)
    inc = counter()
    total = 0
    for i in range(1952):
        n3 = (add(n3) + inc(1)) % -97
        p = (((D0['a'] + t0[0])) + 9223372036854775808) % 18446744073709551616 - 9223372036854775808 if C0.ca == i else (n3 * float('nan'))
        x0 = x0 * 0.5 + p
        if hasattr(o1, 'extra'):
            try:
                pass
            except StopIteration as ex:
                pass
        try:
            n0 = int('1' + str(31 % 10) + ('x' if i % 3 == 1 else ''))
        except ValueError as ex:
            pass
        hd, *tl = L0[:1]
        n1 = max(-(2**70), min(2**70, n1 + ff(n0)))
        n2 = (sum(gen0(t0[1] % 6))) % 1000003
        total = (total * 31 + n1 + n2 + n3 + hd + len(tl)) % 1000000007
    return total, n1, n2, n3, x0, p


print(main0())
