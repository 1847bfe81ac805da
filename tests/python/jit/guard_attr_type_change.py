# An instance attribute that is an int for many iterations and then changes type.

class P:
    def __init__(self):
        self.x = 0

class Q:
    x = 100

class R:
    pass


def main():
    p = P()
    out = []
    for i in range(3000):
        if i == 2000:
            p.x = float(p.x)
        if i == 2500:
            p.x = str(int(p.x))
        if isinstance(p.x, str):
            p.x = p.x[:3]
            out.append(p.x)
        else:
            p.x = p.x + 1
    print(p.x, out[:3], len(out))
    q = Q()
    q.x = 1
    s = 0
    for i in range(3000):
        if i == 1500:
            del q.x
        s += q.x
    print(s)
    r = R()
    r.a = 1
    r.b = 2
    t = 0
    for i in range(3000):
        if i == 1000:
            r.__dict__ = {"b": 20, "a": 10}
        if i == 2000:
            r.c = 5
            del r.a
            r.a = 7
        t += r.a + r.b
    print(t, sorted(r.__dict__.items()))


main()
