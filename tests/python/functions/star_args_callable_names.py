# How a TypeError from f(*x) or f(**x) names the callable (CPython's _PyObject_FunctionStr):
# module.qualname() from the object's own __qualname__ and __module__ (bound methods,
# classmethods, classes, builtin methods and method descriptors have them), qualname() for
# builtins, and str() of an object without __qualname__ (an instance, a functools.partial).
# Each call runs in a loop long enough for the specialized and traced forms too.
import functools
import re


class C:
    def m(self, *a, **k):
        pass

    @classmethod
    def cm(cls, *a, **k):
        pass

    @staticmethod
    def sm(*a, **k):
        pass

    def __call__(self, *a, **k):
        pass

    def __repr__(self):
        return "<a C>"


class Named:
    """An instance that names itself, as a callable without __qualname__."""

    def __call__(self, *a, **k):
        pass

    def __str__(self):
        return "named-callable"


class OddModule:
    """A callable whose __qualname__ and __module__ are what it says they are."""

    __qualname__ = "Odd.q"
    __module__ = "builtins"

    def __call__(self, *a, **k):
        pass


def f(*a, **k):
    pass


def nested():
    def inner(*a, **k):
        pass
    return inner


o = C()
cases = [
    ("function", f), ("nested", nested()), ("lambda", lambda *a, **k: 0),
    ("bound method", o.m), ("classmethod", C.cm), ("staticmethod", C.sm), ("class", C),
    ("instance", o), ("named instance", Named()), ("odd module", OddModule()),
    ("builtin", len), ("builtin print", print), ("builtin method", [].append),
    ("method descriptor", str.join), ("builtin classmethod", dict.fromkeys), ("type int", int),
    ("partial", functools.partial(len)),
]


def scrub(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", text)


for name, fn in cases:
    seen = set()
    for _ in range(30):
        for kind in ("star", "double star"):
            try:
                if kind == "star":
                    fn(*1)
                else:
                    fn(**1)
            except TypeError as e:
                seen.add((kind, scrub(str(e))))
    for kind, message in sorted(seen):
        print(name, "|", kind, "|", message)


def twice(fn):
    try:
        fn(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        return str(e)


print(twice(f))
print(twice(o.m))
print(twice(C.cm))
print(twice(C))


# An AttributeError raised while a ** mapping is read (by its keys() or __getitem__) becomes the
# "must be a mapping" TypeError (CPython's format_kwargs_error); {**m} says "is not a mapping".
class BadItem:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return self.missing_attr


class BadKeys:
    def keys(self):
        raise AttributeError("inside keys")


for m in (BadItem(), BadKeys()):
    for label, call in (("call", lambda: f(**m)), ("display", lambda: {**m}), ("dict", lambda: dict(**m)),
                        ("print", lambda: print(**m))):
        try:
            call()
        except (TypeError, AttributeError) as e:
            print(type(m).__name__, label, type(e).__name__, e)
