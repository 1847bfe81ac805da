# A loop over objects of several classes: each receiver class's path grows its own bridges, the
# JIT compiles them into the loop's class, and new classes met later still run correctly.


class A:
    def step(self, x):
        return x + 1


class B:
    def step(self, x):
        return x * 2 % 1000


class C:
    def step(self, x):
        return x - 3


class D(A):
    def step(self, x):
        return -x


def run(objs, n):
    x = 0
    counts = {}
    for i in range(n):
        o = objs[i % len(objs)]
        x = o.step(x)
        name = type(o).__name__
        counts[name] = counts.get(name, 0) + 1
    return x, sorted(counts.items())


objs = [A(), B(), C(), A(), B()]
print(run(objs, 60000))
for rep in range(40):
    r = run(objs, 400)
print(r)
print(run(objs + [D()], 60000))
print(run([D(), 1.5 and A()], 5000))


def floats(vals, n):
    acc = 0
    for i in range(n):
        v = vals[i % len(vals)]
        if isinstance(v, float):
            acc += v * 0.5
        elif isinstance(v, str):
            acc += len(v)
        else:
            acc += v
    return acc


print(floats([1, 2.5, "abc", 4, 0.25], 70000))
print(floats([1, 2.5, "abc", True, 0.25, None or 3], 7000))
