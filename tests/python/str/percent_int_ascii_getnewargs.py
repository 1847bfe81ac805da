# %-formatting's integer conversions, ascii() of a repr that is a str subclass, str.__getnewargs__.
import operator


class RaisingNumber:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


class IntOnly:
    def __int__(self):
        return 7


class IndexOnly:
    def __index__(self):
        return 9


class IntAndIndex:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class TypeErrorInt:
    def __int__(self):
        raise TypeError("from __int__")


for conv in "diuxXoc":
    for arg in (RaisingNumber(), IntOnly(), IndexOnly(), IntAndIndex(), TypeErrorInt(), 3.7, 2j, "s", True, -5):
        try:
            r = ("%" + conv) % arg
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(conv, type(arg).__name__, r)


class StrSubclass(str):
    pass


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


for v in ("<abc>", StrSubclass("<abc>"), "<\U0001f40d>", StrSubclass("<\U0001f40d>"), StrSubclass("<é>")):
    r = ascii(WithRepr(v))
    print(repr(r), type(r).__name__, r is v)
try:
    ascii(WithRepr(b"bytes"))
except TypeError as e:
    print("TypeError", e)
print(type(ascii(StrSubclass("abc"))).__name__)

for text in ("abc", "", "x", StrSubclass("sub")):
    args = text.__getnewargs__()
    print(args, type(args[0]).__name__, args[0] is text, args[0] == text, len(args))
