import sys

print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print(repr(sys.exception()))
print(sys.exc_info())

def inner():
    return sys.exc_info()[1]
try:
    raise KeyError("seen by callee")
except KeyError:
    print(repr(inner()))

try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
print(sys.exc_info()[0])

def gen():
    try:
        raise RuntimeError("in generator")
    except RuntimeError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])
g = gen()
print(next(g))
print(next(g))

e = ValueError("tb")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name)

def deep():
    raise IndexError("deep")
def middle():
    deep()
try:
    middle()
except IndexError as err:
    tb = err.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    stripped = err.with_traceback(None)
    print(stripped is err, err.__traceback__)
