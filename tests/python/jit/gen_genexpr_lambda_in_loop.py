# Functions made in a traced loop (MAKE_FUNCTION each iteration): generator expressions consumed by
# any()/list()/tuple(), lambdas with closures over loop variables (a new object each time), defaults
# evaluated per iteration, keyword defaults and annotations, and cells rebound after capture.

def genexprs(n):
    hits = 0
    total = 0
    xs = [3, 5, 7]
    for i in range(n):
        if any(x == i % 11 for x in xs):
            hits += 1
        total += len(list(x + i for x in xs))
        total += len(tuple(y for y in range(i % 4)))
    return hits, total

def lambdas(n):
    fs = []
    s = 0
    prev = None
    same = 0
    for i in range(n):
        f = lambda y: y + i
        if f is prev:
            same += 1
        prev = f
        if i % 500 == 0:
            fs.append(f)
        g = lambda a, b=i * 2: a + b
        s += g(1)
    return s, same, [f(1) for f in fs]

def nested_defs(n):
    out = []
    for i in range(n):
        def h(a: int, *, k=i) -> int:
            return a * k
        if i % 1000 == 0:
            out.append((h(2), h.__kwdefaults__, sorted(h.__annotations__)))
    return out

def cells(n):
    fs = []
    for i in range(n):
        j = i
        fs.append(lambda: j)
        j = -i
    return sum(f() for f in fs[:10]), fs[-1]()

print(genexprs(3000))
print(lambdas(3000))
print(nested_defs(3000))
print(cells(3000))
