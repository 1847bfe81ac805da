# classmethod over an object with its own __get__ binds through it, as CPython 3.11's
# cm_descr_get does: a wrapped descriptor gets (cls, cls), and @classmethod @property reads the
# property on the class. A plain function, a builtin and a callable instance without __get__
# are bound as before. The same with the JIT off, on, and forced to trace at once.


class D:
    def __get__(self, obj, typ):
        return ("D.get", obj.__name__, typ.__name__)


class Plain:
    def __call__(self, cls, x):
        return (cls.__name__, x)


class C:
    a = classmethod(D())

    @classmethod
    @property
    def p(cls):
        return "prop of " + cls.__name__

    @classmethod
    def f(cls, x):
        return (cls.__name__, x)

    g = classmethod(Plain())
    h = classmethod(len)


class Sub(C):
    pass


def run(n):
    out = []
    for i in range(n):
        out.append((C.a, C().a, Sub.a, C.p, Sub().p, C.f(i), Sub.f(i), C.g(i)))
    return out[0], out[-1][5], len(out)


print(run(1))
print(run(500))
try:
    print(C.h())
except TypeError as e:
    print("TypeError", e)
print(type(C.__dict__["g"].__get__(None, C)).__name__)
