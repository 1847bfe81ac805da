# Attribute loads on objects that keep attributes in an instance dict (io objects, exceptions,
# functions, instances of builtin subclasses) and class values read through instances: traced,
# and every way the cached answer can stop holding mid-loop gives CPython's result.
import io


def write_lines(n):
    out = io.StringIO()
    for i in range(n):
        out.write("line %d\n" % i)
    return len(out.getvalue())


class Totals(dict):
    def total(self):
        return len(self) + 1


def subclass_method(n):
    d = Totals(a=1)
    s = 0
    for i in range(n):
        if i == n // 2:
            d.total = lambda: 100     # the instance dict now shadows the method
        s += d.total()
    return s


class Limits:
    LIMIT = 10
    handler = len                     # a builtin as a class value: no binding

    def __init__(self):
        self.x = 1


def class_values(n):
    p = Limits()
    s = 0
    for i in range(n):
        if i == n // 3:
            Limits.LIMIT = 20         # class attribute rebound
        if i == 2 * n // 3:
            p.LIMIT = 5               # instance attribute shadows it
        s += p.LIMIT + p.handler("ab")
    Limits.LIMIT = 10
    return s


class Failure(Exception):
    def describe(self):
        return 1


def exception_methods(n):
    e = Failure("x")
    s = 0
    for i in range(n):
        if i == n - 10:
            e.describe = lambda: 7
        s += e.describe()
    return s


def function_attrs(n):
    def f():
        return 3
    s = 0
    for i in range(n):
        s += len(f.__name__)
        if i == n // 2:
            f.__name__ = "longer_name"
    return s


class LoudIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


def subclass_io(n):
    out = LoudIO()
    for i in range(n):
        out.write("ab")
        if i == n // 2:
            out.write = lambda s: 0   # shadowed on the instance
    return out.getvalue()[:6], len(out.getvalue())


for n in (3000, 5, 50, 3000):
    print(n, write_lines(n), subclass_method(n), class_values(n), exception_methods(n),
          function_attrs(n), subclass_io(n))
