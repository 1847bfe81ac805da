# An instance attribute read that falls back to the class: the class attribute is added,
# changed and deleted mid-loop, and an instance attribute starts shadowing it.

class C:
    pass

class D:
    pass

class Base:
    k = 1

class Sub(Base):
    pass


def main():
    o = C()
    s = 0
    errs = 0
    for i in range(3000):
        if i == 500:
            C.v = 1
        if i == 1000:
            C.v = 2
        if i == 1500:
            o.v = 10
        if i == 2000:
            del o.v
        if i == 2500:
            del C.v
        try:
            s += o.v
        except AttributeError as e:
            errs += 1
            if errs == 1 or errs == 501:
                print(i, type(e).__name__, e)
    print(s, errs)
    d = D()
    d.x = 1
    t = 0
    for i in range(3000):
        if i == 1500:
            D.x = property(lambda self: 1000)
        t += d.x
    print(t)
    objs = [Sub() for _ in range(3)]
    u = 0
    for i in range(3000):
        u += objs[i % 3].k
        if i == 1000:
            Base.k = 2
        if i == 2000:
            Sub.k = 3
    print(u)


main()
