# Bridges linked to their exits (the exit block calls the bridge, which reaches the loop header,
# and the trace goes on from its top without returning to the JIT): a branch taken on some
# iterations, a chain of bridges (a bridge's exit grows its own), a polymorphic call site, runs
# longer than a trace run's iteration budget, and a loop whose last iterations leave through a bridge.


def thirds(n):
    a = 0
    b = 0
    for i in range(n):
        if i % 3:
            a += i
        else:
            b += 1
    return a, b


def chain(n):
    out = [0, 0, 0, 0]
    for i in range(n):
        r = i % 4
        if r == 0:
            out[0] += 1
        elif r == 1:
            out[1] += i
        elif r == 2:
            out[2] -= 1
        else:
            out[3] += 2
    return out


class A:
    def f(self, x):
        return x + 1


class B:
    def f(self, x):
        return x * 2 % 1000003


class C:
    def f(self, x):
        return x - 3


def poly(n):
    objs = [A(), B(), C(), A(), B()]
    t = 0
    for k in range(n):
        t = objs[k % 5].f(t)
    return t


def ends_in_bridge(n):
    # the bridge runs the iterations after the first half; the loop's end is taken from it
    s = 0
    i = 0
    while i < n:
        if i >= n // 2:
            s += 2
        else:
            s += 1
        i += 1
    return s


for n in (10, 999, 1000, 1001, 3001, 7000):
    print(thirds(n), chain(n), poly(n), ends_in_bridge(n))
