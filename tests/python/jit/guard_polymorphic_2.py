# A call site that sees one class for a long time, then two alternating.

class A:
    def f(self, v):
        return v + 1

class B:
    def f(self, v):
        return v * 2


def main():
    objs = [A()] * 2000 + [A(), B()] * 500
    s = 0
    for o in objs:
        s = (s + o.f(s % 1000)) % 100003
    print(s)
    names = []
    for i, o in enumerate(objs):
        if i % 499 == 0:
            names.append(type(o).__name__)
    print(names)


main()
