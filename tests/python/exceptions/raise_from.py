def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"bad key {k}") from e

try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise KeyError("k") from ValueError("explicit cause")
except KeyError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise IndexError from OSError
except IndexError as e:
    print(repr(e), repr(e.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)

def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 1
except TypeError as err:
    print(type(err).__name__, err)
