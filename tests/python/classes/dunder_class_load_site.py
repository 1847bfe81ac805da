# obj.__class__ at one load site, run often enough to be specialized, across instances whose
# class changes, classes that override __class__ or attribute access, and builtin objects.


class A:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self.x == other.x
        return NotImplemented


class B(A):
    pass


class Fake(A):
    @property
    def __class__(self):
        return int


class Getattribute(A):
    def __getattribute__(self, name):
        if name == "__class__":
            return str
        return object.__getattribute__(self, name)


class Slotted:
    __slots__ = ("x",)


def cls_of(o):
    return o.__class__


def make(o):
    return o.__class__(5) if isinstance(o, (int, A)) else o.__class__()


objs = [A(1), B(1), Fake(1), Getattribute(1), Slotted(), [1], 3, "s", ValueError("e"), None, A, len]
for rnd in range(3):
    out = []
    for _ in range(300):
        for o in objs:
            out.append(cls_of(o))
    print(rnd, [c.__name__ for c in out[-len(objs):]], len(out))

a, b = A(1), A(1)
for i in range(500):
    assert a == b
a.__class__ = B
print(a == b, b == a, cls_of(a).__name__, a == B(1))
d = A(2)
d.__dict__["__class__"] = "shadow"
print(cls_of(d).__name__, d.__dict__["__class__"])


class Plain:
    pass


class Overriding:
    __class__ = property(lambda self: float)


class C(Plain):
    pass


for i in range(300):
    cls_of(C())
C.__bases__ = (Overriding,)
print(cls_of(C()).__name__, type(C()).__name__)
C.__bases__ = (Plain,)
print(cls_of(C()).__name__)
print([type(make(o)).__name__ for o in (A(1), 7, [2], "t")])
for i in range(300):
    r = make(B(i))
print(type(r).__name__, r.x)
