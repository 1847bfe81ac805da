# A generator's own handled exception when it is the very exception its resumer is handling;
# what throw() does when making the exception fails; __context__ of an exception coming back
# from a delegate; frames above a delegate during throw(); a generator lambda's return value.
import sys


def store():
    try:
        print("a", sys.exc_info()[0])
        yield
    except Exception as exc:
        print("b", sys.exc_info()[0], exc.__context__)
        yield
        print("c", sys.exc_info()[0])
        yield
        raise


make = store()
next(make)
try:
    raise ValueError()
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
    print("caller", sys.exc_info()[0])
next(make)
try:
    next(make)
except ValueError as e:
    print("reraised", type(e).__name__)
print(sys.exc_info())


def handles_twice():
    for round in range(2):
        try:
            yield round
        except KeyError as e:
            print("inside", round, type(sys.exc_info()[1]).__name__, e is shared)
            yield "handled"
            print("after", round, type(sys.exc_info()[1]).__name__)


shared = KeyError("k")
h = handles_twice()
next(h)
try:
    raise shared
except KeyError:
    print(h.throw(shared))
    print(next(h))
print(h.throw(shared))
print(sys.exc_info()[0])
print(next(h, "end"))


class ReturnsClass(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


class ReturnsInt(Exception):
    def __new__(cls, *args, **kwargs):
        return 5


class Fails(Exception):
    def __init__(self, *args):
        raise OSError("no")


def boring():
    yield


for kind, args in ((ReturnsClass, ()), (ReturnsInt, (1,)), (Fails, ()), (Fails, ("x",))):
    gen = boring()
    try:
        gen.throw(kind, *args)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        next(gen)
    except StopIteration:
        print("stopped")
try:
    raise ReturnsClass
except TypeError as e:
    print(e)
try:
    raise ReturnsInt
except TypeError as e:
    print(e)


def inner():
    yield


def outer():
    try:
        raise KeyError("a")
    except Exception:
        yield from inner()


gen = outer()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))

gen = outer()
gen.send(None)
old = IndexError("old")
try:
    gen.throw(old)
except IndexError as e:
    print(repr(e.__context__))


def names(frame):
    out = []
    while frame:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def leaf():
    try:
        yield
    except RuntimeError:
        print(names(sys._getframe())[:3])
        yield 5


def middle():
    yield from leaf()


def top():
    yield from middle()


gen = top()
next(gen)
print(gen.throw(RuntimeError))
print(gen.gi_frame.f_back, gen.gi_yieldfrom.gi_frame.f_back)

one = lambda: (yield 1)
two = lambda: (yield from one())
for maker in (one, two):
    gen = maker()
    print(next(gen))
    try:
        gen.send(2)
    except StopIteration as e:
        print("value", e.value)
print(list((lambda: (yield 3))()), [x for x in (lambda: (yield from [1, 2]))()])
