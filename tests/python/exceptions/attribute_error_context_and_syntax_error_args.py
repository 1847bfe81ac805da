# AttributeError's name and obj after object.__getattribute__ (CPython's generic getattr sets
# them; type.__getattribute__ and a module's do not); SyntaxError's (msg, details) constructor.
import os


class A:
    blech = None


class Custom:
    def __getattr__(self, n):
        raise AttributeError("custom")


class Refuses:
    def __getattribute__(self, n):
        raise AttributeError("refused")


obj = A()
attempts = [
    ("attribute", lambda: obj.bluch),
    ("getattr", lambda: getattr(obj, "bluch")),
    ("object.__getattribute__", lambda: object.__getattribute__(obj, "bluch")),
    ("bound __getattribute__", lambda: obj.__getattribute__("bluch")),
    ("type.__getattribute__", lambda: type.__getattribute__(A, "bluch")),
    ("class attribute", lambda: A.bluch),
    ("module __getattribute__", lambda: os.__getattribute__("bluch")),
    ("int __getattribute__", lambda: (7).__getattribute__("bluch")),
    ("custom __getattr__", lambda: Custom().zz),
    ("object.__getattribute__ of Refuses", lambda: object.__getattribute__(Refuses(), "q")),
    ("Refuses.__getattribute__", lambda: Refuses.__getattribute__(Refuses(), "q")),
]
for what, attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(what, "|", e.name, "|", type(e.obj).__name__, "|", e)

for args in [(), ("m",), ("m", 1), ("m", (1,)), ("m", ("f", 1, 2)), ("m", ("f", 1, 2, "t")),
             ("m", ("f", 1, 2, "t", 3)), ("m", ("f", 1, 2, "t", 3, 4)),
             ("m", ("f", 1, 2, "t", 3, 4, 5)), ("m", [1, 2, 3, 4]), ("m", iter("abcd")),
             ("m", ("f", 1, 2), "extra"), ("m", None)]:
    try:
        e = SyntaxError(*args)
        print(args[:1], "ok", e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as ex:
        print(args[:1], "TypeError", ex)

# SyntaxError.__new__ reads nothing: __init__ does (a subclass's own __init__ leaves them None)
e = SyntaxError.__new__(SyntaxError, "m", (1,))
print(e.args, e.msg, e.lineno)


class QuietSyntaxError(SyntaxError):
    def __init__(self, *a):
        pass


s = QuietSyntaxError("m", ("f", 1, 2, "t"))
print(s.msg, s.filename, s.args)
