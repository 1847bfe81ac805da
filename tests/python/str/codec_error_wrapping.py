# A codec reached through the registry that raises an exception described by its type and one
# message gets it wrapped: "encoding with 'x' codec failed (Type: message)", caused by the
# original. Exceptions carrying more state are passed through unchanged.
import binascii
import codecs
import zlib

to_raise = [None]


def raiser(*args, **kwargs):
    raise to_raise[0]


def search(name):
    if name == "wrap_test":
        return codecs.CodecInfo(raiser, raiser, name="wrap_test")
    return None


codecs.register(search)


class Plain(RuntimeError):
    pass


class NoSlots(RuntimeError):
    __slots__ = ()


class WithSlot(RuntimeError):
    __slots__ = ("extra",)


class CustomInit(RuntimeError):
    def __init__(self):
        pass


class CustomNew(RuntimeError):
    def __new__(cls):
        return super().__new__(cls)


class Grandchild(Plain):
    pass


with_attr = RuntimeError("has attr")
with_attr.attr = 1

cases = [RuntimeError, RuntimeError("msg"), Plain("plain"), NoSlots("no slots"), Grandchild("gc"),
         WithSlot("slot"), CustomInit, CustomNew, with_attr, RuntimeError(1), RuntimeError("a", "b"),
         KeyError("k"), ValueError("v"), TypeError("t"), LookupError("l"), UnicodeError("u"),
         OSError(2, "no such"), StopIteration(3), AttributeError("attr"), ZeroDivisionError("z")]

for obj in cases:
    to_raise[0] = obj
    for what, call in (("str.encode", lambda: "x".encode("wrap_test")),
                       ("codecs.encode", lambda: codecs.encode("x", "wrap_test")),
                       ("bytes.decode", lambda: b"x".decode("wrap_test")),
                       ("codecs.decode", lambda: codecs.decode(b"x", "wrap_test"))):
        try:
            call()
        except BaseException as e:
            cause = e.__cause__
            print(what, type(e).__name__, repr(str(e)), type(cause).__name__ if cause else None,
                  e.__suppress_context__, cause is not None and cause.__traceback__ is not None)

for data, enc in ((b"hello", "hex_codec"), (b"hello", "zlib_codec"), (b"", "uu_codec")):
    try:
        codecs.decode(data, enc)
    except Exception as e:
        print(enc, type(e).__name__, str(e), type(e.__cause__).__name__)

# The lookup itself and the checks on the codec's result are not wrapped.
try:
    "x".encode("no_such_codec_here")
except LookupError as e:
    print(repr(e), e.__cause__)
