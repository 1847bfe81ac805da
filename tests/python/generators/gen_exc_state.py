# sys.exc_info() and __context__ inside generators: their own handled exception, else the resumer's.
import sys
def g():
    print("in gen:", sys.exc_info()[1])
    yield 1
    print("in gen 2:", sys.exc_info()[1])
    try:
        raise KeyError("own")
    except KeyError:
        yield 2
        print("in gen 3:", repr(sys.exc_info()[1]))
    print("in gen 4:", repr(sys.exc_info()[1]))
    yield 3
it = g()
try:
    raise ValueError("outer")
except ValueError:
    next(it)
next(it)
print("outside:", sys.exc_info()[1])
try:
    raise IndexError("outer2")
except IndexError:
    next(it)
    print("after:", repr(sys.exc_info()[1]))
def raiser():
    yield
    raise TypeError("inside")
r = raiser(); next(r)
try:
    raise ValueError("ctx")
except ValueError:
    try:
        next(r)
    except TypeError as e:
        print("context:", repr(e.__context__))
