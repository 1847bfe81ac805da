# __traceback__ objects, tb_next/tb_lineno/tb_frame, with_traceback, sys.exc_info in nested handlers, __suppress_context__
import sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain, type(e.__traceback__).__name__)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
print(sys.exc_info(), sys.exception() if hasattr(sys, "exception") else None)
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("nested:", sys.exc_info()[0].__name__)
    print("after nested:", sys.exc_info()[0].__name__)
print("outside:", sys.exc_info()[0])
def gen_handler():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen_handler()
print(next(g), sys.exc_info()[0], next(g))
g.close()
e = ValueError("fresh")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
e2 = RuntimeError("x").with_traceback(e.__traceback__)
print(e2.__traceback__ is e.__traceback__)
try:
    raise e2
except RuntimeError as r:
    print(r.__traceback__.tb_next is not None, r.__traceback__.tb_lineno)
for bad in [5, "tb"]:
    try:
        ValueError().with_traceback(bad)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    ValueError().__traceback__ = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
v = ValueError()
v.__cause__ = KeyError()
print(v.__suppress_context__)
for bad in [5, "x"]:
    try:
        v.__cause__ = bad
    except TypeError as x:
        print(type(x).__name__, x)
    try:
        v.__context__ = bad
    except TypeError as x:
        print(type(x).__name__, x)
try:
    raise ValueError from 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    raise 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    raise int
except TypeError as x:
    print(type(x).__name__, x)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as x:
    print(type(x).__name__, x)
try:
    raise
except RuntimeError as x:
    print(type(x).__name__, x)
try:
    raise KeyError("k") from ValueError
except KeyError as k:
    print(type(k.__cause__).__name__, k.__suppress_context__)
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
    finally:
        print("finally sees:", sys.exc_info()[0])
print(f(), sys.exc_info()[0])
frame = sys._getframe()
line_now = sys._getframe().f_lineno
print(frame.f_code.co_name, line_now, frame.f_back, type(frame).__name__)
def who():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_code.co_name
def caller():
    return who()
print(caller())
try:
    sys._getframe(100)
except ValueError as x:
    print(type(x).__name__, x)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
print(KeyError("a").args, str(KeyError("a")), str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "No such")))
o = OSError(2, "No such file", "f.txt")
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__, type(OSError(2, "x")).__name__)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
s = SyntaxError("msg", ("f.py", 3, 4, "x = (", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, str(s))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, str(NameError("n", name="q")), NameError("n", name="q").name)
print(AttributeError("a", name="n", obj=1).obj, ImportError("m", name="mod").name, ImportError("m", path="p").path)
