# try/finally with return/break/continue, exc_info in finally, except-name unbinding, chaining, re-raise, GeneratorExit, custom exception str, assert args, isinstance tuples and bad except clauses
import sys
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    else:
        print("no")
    return i
print(f2())
def f3():
    try:
        raise ValueError("x")
    except ValueError:
        return sys.exc_info()[0].__name__
    finally:
        print("f3 finally", sys.exc_info()[0])
print(f3())
def f4():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("cont fin", i)
f4()
try:
    try:
        raise ValueError(1)
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
def f5():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    try:
        e
    except NameError as ne:
        print(type(ne).__name__, ne)
    return err
print(repr(f5()))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise
except KeyError as again:
    print("reraised", repr(again))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
except ValueError as v:
    print(repr(v.__context__), v.__suppress_context__)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen()
next(g)
g.close()
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self):
        return "E(%s,%s)" % (self.args[0], self.b)
try:
    raise E(1, 2)
except E as e:
    print(e, repr(e), e.args)
try:
    raise E
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs(Exception):
    pass
print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1, 2)), str(NoArgs("x")))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
while True:
    try:
        break
    finally:
        print("break finally")
for x in range(2):
    pass
else:
    print("for else", x)
n = 0
while n < 3:
    n += 1
    if n == 5:
        break
else:
    print("while else", n)
print(isinstance(ValueError(), (KeyError, ValueError)), issubclass(bool, (str, int)))
try:
    isinstance(1, (int, 5))
    print("short-circuit ok")
    isinstance(1, (str, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    except_name = ValueError
    try:
        raise KeyError
    except (5, KeyError):
        pass
except TypeError as e:
    print(type(e).__name__, e)
