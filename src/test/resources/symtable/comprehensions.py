def f(xs, ys):
    a = [x * y for x in xs for y in ys if x if y]
    b = {k: v for k, v in xs}
    c = {s for s in ys}
    d = (g for g in xs)
    e = [[i + j for i in xs] for j in ys]
    f2 = [(n := x) for x in xs]
    return n, [lambda: x for x in xs]
g = [z for z in range(3)]
h = [(m := z) for z in range(3)]
class C:
    l = [q for q in range(3)]
    t = [C for _ in l]
async def co(it):
    r = [a async for a in it]
    s = [await a for a in it]
    t = (await a for a in it)
    return r, s, t
def walrus_global():
    global gx
    [(gx := 1) for _ in range(2)]
def nested_comp_walrus():
    [[(deep := i) for i in range(2)] for j in range(2)]
    return deep
