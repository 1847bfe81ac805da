# Stores through aliases in a hot loop: an attribute written through another reference, via
# setattr, via __dict__, and by a callee; list and dict elements written through aliases.

class O:
    pass

def poke(o, v):
    o.x = v


def main():
    a = O()
    a.x = 0
    b = a
    s = 0
    for i in range(3000):
        a.x = i
        b.x = b.x + 1
        s += a.x
        if i % 3 == 0:
            setattr(a, "x", -1)
            s += a.x
        if i % 5 == 0:
            a.__dict__["x"] = 100
            s += b.x
    print(s, a.x)
    t = 0
    for i in range(3000):
        a.x = 1
        poke(b, i)
        t += a.x
    print(t)
    lst = [0, 0]
    alias = lst
    u = 0
    for i in range(3000):
        lst[0] = i
        alias[0] += 1
        u += lst[0]
        alias[1] = lst[0]
    print(u, lst)
    d = {"k": 0}
    e = d
    w = 0
    for i in range(3000):
        d["k"] = i
        e["k"] *= 2
        w += d["k"]
    print(w)
    m = [[0]] * 3
    for i in range(3000):
        m[i % 3][0] += 1
    print(m)


main()
