# Five unrelated classes at one site, entering one at a time, then mixing.

class A:
    def area(self): return 1

class B:
    def area(self): return 2.5

class C:
    def area(self): return 3

class D:
    def area(self): return True

class E:
    __slots__ = ()
    def area(self): return -4


def main():
    classes = [A, B, C, D, E]
    objs = []
    for stage in range(5):
        objs += [classes[stage]()] * 600
    for i in range(600):
        objs.append(classes[i % 5]())
    total = 0
    types = []
    for o in objs:
        a = o.area()
        total += a
        if type(total) not in types:
            types.append(type(total))
    print(total, [t.__name__ for t in types])
    vals = [1] * 600 + [1.5] * 600 + [2**80] * 600 + [True] * 600 + [complex(1, 1)] * 600
    acc = 0
    for v in vals:
        acc = acc + v * v
    print(acc)


main()
