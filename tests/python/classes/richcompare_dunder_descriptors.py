# A comparison dunder that is not a plain function (CPython's slot_tp_richcompare and
# lookup_maybe_method): a descriptor is bound first; an error while binding (a property whose
# getter raises) makes that side NotImplemented; a non-callable attribute raises when called.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)


class F:
    @property
    def __lt__(self):
        raise ValueError("not this one")


class G:
    __eq__ = property(lambda self: (lambda other: "called with %r" % (other,)))


class A:
    __eq__ = None


class B:
    __lt__ = None


class C:
    __eq__ = 5


class D:
    __eq__ = staticmethod(lambda other: "static")


class M:
    __eq__ = classmethod(lambda cls, other: cls.__name__)


class RaisesInside:
    def __eq__(self, other):
        raise KeyError("inside")


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


e = E()
show("E == E", lambda: E() == E())
show("E == same", lambda: e == e)
show("E != E", lambda: E() != E())
show("E == 1", lambda: E() == 1)
show("1 == E", lambda: 1 == E())
show("F < F", lambda: F() < F())
show("G == 1", lambda: G() == 1)
show("1 == G", lambda: 1 == G())
show("A == A", lambda: A() == A())
show("B < B", lambda: B() < B())
show("C == C", lambda: C() == C())
show("D == 1", lambda: D() == 1)
show("M == 1", lambda: M() == 1)
show("inside", lambda: RaisesInside() == 1)
show("E in list", lambda: E() in [1, 2])
show("list.index", lambda: [e].index(e))
