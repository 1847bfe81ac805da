# int() and float() conversions: CPython 3.11's DeprecationWarnings when __int__, __index__ or
# __float__ return a strict subclass of int or float and when int() falls back to __trunc__;
# bytes-like arguments know only ASCII (b'\xa0' is no space), and their errors show bytes;
# "-nan" keeps its sign; binascii.b2a_uu's backtick is keyword-only.
import binascii
import math
import warnings


def attempt(f):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            r = f()
        print(repr(r), type(r).__name__, [(w.category.__name__, str(w.message)) for w in caught])
    except Exception as e:
        print(type(e).__name__, e)


class F(float):
    def __float__(self):
        return self


class I(int):
    def __int__(self):
        return self

    def __index__(self):
        return self


class Trunc:
    def __trunc__(self):
        return 42


class IntGivesBool:
    def __int__(self):
        return True


class IndexGivesBool:
    def __index__(self):
        return True


class IndexOnly:
    def __index__(self):
        return 5


attempt(lambda: float(F(2.5)))
attempt(lambda: int(I(7)))
attempt(lambda: int(Trunc()))
attempt(lambda: int(IntGivesBool()))
attempt(lambda: int(IndexGivesBool()))
attempt(lambda: int(IndexOnly()))
attempt(lambda: [10, 20, 30][IndexGivesBool()])
attempt(lambda: float(IndexGivesBool()))
for text in (b"123\xa0", b"\xa0123", b" 12 ", bytearray(b"\t7\n"), bytearray(b"x"), memoryview(b"12x")[:2],
             memoryview(b"x")):
    attempt(lambda: int(text))
    attempt(lambda: int(text, 16))
for text in (b"1.5\xa0", b" 1e3 ", bytearray(b"x"), b"-nan", "-nan", "-NaN", "+nan", "1.5\xa0"):
    attempt(lambda: float(text))
for value in (float("-nan"), float("nan"), float.fromhex("-nan"), complex("-nanj").imag, complex("-nan").real,
              -float("nan")):
    print(math.copysign(1.0, value), repr(value))
attempt(lambda: binascii.b2a_uu(b"", True))
attempt(lambda: binascii.b2a_uu(b"", backtick=True))


class C(complex):
    def __complex__(self):
        return self


attempt(lambda: complex(C(1j)))
c = 3.14 + 1j
print(complex(c) is c, complex(c, 0) is c)
for base in (-909, 2**31, -2**31, 2**63 - 1, -2**63, -2**63 - 1, 2**100, 37, -37, 36, 0):
    attempt(lambda: int("42", base))
import array
attempt(lambda: int(array.array("B", b"100")))
attempt(lambda: int(array.array("B", b"1x")))
