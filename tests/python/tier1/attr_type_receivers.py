# One LOAD_ATTR_METHOD / LOAD_ATTR_CLASS_VALUE site seeing instances, a subclass of a builtin,
# a class and a module: the type-attribute chain must match each receiver's own type, and an
# instance attribute that appears later must shadow the cached class attribute.
import math


class A:
    kind = "A"

    def name(self):
        return "A.name"


class B(A):
    kind = "B"

    def name(self):
        return "B.name"


class I(int):
    kind = "I"

    def name(self):
        return "I.name %d" % self


class WithSlots:
    __slots__ = ("v",)
    kind = "slots"

    def __init__(self):
        self.v = 1

    def name(self):
        return "slots"


def call_name(o):
    return o.name()


def read_kind(o):
    return o.kind


receivers = [A(), B(), I(3), WithSlots(), A()]
for _ in range(60):
    out = [call_name(o) for o in receivers]
    kinds = [read_kind(o) for o in receivers]
print(out)
print(kinds)
print(read_kind(A), read_kind(B))

shadow = A()
shadow.kind = "instance"
shadow.name = lambda: "instance name"
print(read_kind(shadow), call_name(shadow))

A.kind = "A2"
print([read_kind(o) for o in receivers])


class M:
    pass


M.name = staticmethod(lambda: "static")
print(call_name(M()), call_name(M))
print(math.floor(2.5), call_name(I(7)))
