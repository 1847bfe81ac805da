# Class changes through a metaclass __setattr__, method deletion that exposes a base method,
# and setattr on the type from a function called in the loop.

class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)

class A(metaclass=Meta):
    v = 1

class Base:
    def m(self):
        return 1

class Sub(Base):
    def m(self):
        return 2

def patch(cls, i):
    setattr(cls, "w", i)

class C:
    w = 0


def main():
    s = 0
    for i in range(3000):
        s += A.v + A().v
        if i == 1500:
            A.v = 2
    print(s, A.v)
    o = Sub()
    t = 0
    for i in range(3000):
        t += o.m()
        if i == 1000:
            del Sub.m
        if i == 2000:
            del Base.m
            Base.m = lambda self: 3
    print(t)
    u = 0
    for i in range(3000):
        u += C.w
        if i % 500 == 0:
            patch(C, i)
    print(u)
    try:
        for i in range(3000):
            o.m()
            if i == 2500:
                del Base.m
    except AttributeError as e:
        print(i, type(e).__name__, e)


main()
