# Instances of one class whose attributes were added in different orders (different shapes) at
# one attribute site; objects that grow many attributes; attributes deleted and re-added.

class O:
    pass

def make(i):
    o = O()
    if i % 3 == 0:
        o.a = i
        o.b = -i
    elif i % 3 == 1:
        o.b = -i
        o.a = i
    else:
        o.c = 0
        o.a = i
        o.b = -i
    return o

class S:
    __slots__ = ("a", "b")


def main():
    objs = [make(i) for i in range(3000)]
    s = 0
    for o in objs:
        s += o.a * 2 + o.b
    print(s, list(vars(objs[0])), list(vars(objs[1])), list(vars(objs[2])))
    big = O()
    t = 0
    for i in range(3000):
        setattr(big, "f%d" % (i % 200), i)
        t += getattr(big, "f%d" % ((i * 7) % 200), 0)
        t += big.f0 if i >= 0 and hasattr(big, "f0") else 0
    print(t, len(vars(big)))
    p = O()
    p.x = 1
    p.y = 2
    u = 0
    for i in range(3000):
        if i % 100 == 50:
            del p.x
            p.x = i
        u += p.x + p.y
    print(u, list(vars(p)))
    sl = [S() for _ in range(3)]
    for k, o in enumerate(sl):
        o.a = k
        o.b = k * 10
    w = 0
    for i in range(3000):
        o = sl[i % 3]
        o.a += 1
        w += o.a + o.b
    print(w)
    try:
        for i in range(3000):
            if i == 2999:
                del sl[0].b
            w += sl[0].b
    except AttributeError as e:
        print(i, type(e).__name__, e)


main()
