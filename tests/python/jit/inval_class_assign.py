# Assigning obj.__class__ mid-loop changes method resolution and attribute lookups.

class A:
    kind = "a"
    def f(self):
        return 1

class B:
    kind = "b"
    def f(self):
        return 2


def main():
    o = A()
    s = 0
    kinds = []
    for i in range(3000):
        s += o.f()
        if i % 1000 == 999:
            o.__class__ = B if o.__class__ is A else A
        if not kinds or kinds[-1] != o.kind:
            kinds.append(o.kind)
    print(s, kinds, type(o).__name__)
    objs = [A() for _ in range(3000)]
    t = 0
    for i, x in enumerate(objs):
        if i == 1500:
            for y in objs[i:]:
                y.__class__ = B
        t += x.f()
    print(t)


main()
