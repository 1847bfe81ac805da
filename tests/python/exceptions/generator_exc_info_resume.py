# A generator suspended inside an except block, resumed after it: sys.exc_info() is its caller's at that time (bpo-28884); unicode errors made by __new__ alone are blank.
import sys
def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print(sys.exc_info())
    yield 2
gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))
for klass in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    print(repr(str(klass.__new__(klass))))
def h():
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
gen = h()
print(next(gen))
try:
    raise OSError
except OSError:
    print(next(gen))
    print(next(gen))
