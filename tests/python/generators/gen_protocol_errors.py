# Generator states and the protocol's error messages.
def counter(n):
    for i in range(n):
        yield i
    return "count-done"

g = counter(2)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
print(next(g), g.gi_suspended, g.gi_frame.f_lineno)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(g.gi_frame, g.gi_suspended, g.send(None) if False else "-")
try:
    g.send(1)
except StopIteration as e:
    print("send to finished", e.args)
try:
    g.throw(KeyError("after end"))
except KeyError as e:
    print("throw to finished", repr(e))
g.close()

# send non-None to a just-started generator
try:
    counter(1).send("x")
except TypeError as e:
    print("TypeError", e)

# throw into a just-started generator: raised at the start, generator finished
g = counter(3)
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e, g.gi_frame)

# throw() argument forms and errors
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)
g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError("inst"))
g.throw(ValueError, ValueError("same type"))
for args in [(5,), (ValueError("i"), "v"), (ValueError, None, 5), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError", e)
g.close()

# generator already executing
def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def check_running():
    yield me2.gi_running
me2 = check_running()
print("gi_running inside", next(me2))

# ignored GeneratorExit
def ignores():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g.close()

# GeneratorExit handled then return is fine; raise another error from close
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_exit()
next(g)
print("close ->", g.close())
def raises_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
g = raises_on_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, "| context:", repr(e.__context__))

# StopIteration inside a generator becomes RuntimeError (PEP 479)
def leaks():
    yield 1
    next(iter([]))
g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
def raises_stop_subclass():
    class MyStop(StopIteration):
        pass
    raise MyStop("sub")
    yield
try:
    list(raises_stop_subclass())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", type(e.__cause__).__name__)

# return value and generator expressions
print(list(x * x for x in range(4)), sum(x for x in range(10)))
ge = (x for x in range(2))
print(type(ge).__name__, ge.__name__, ge.__qualname__)

def outer_fn():
    def inner_gen():
        yield 1
    return inner_gen()
print(outer_fn().__qualname__)

# __name__ / __qualname__ assignment
g = counter(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(g, attr, 3)
    except TypeError as e:
        print("TypeError", e)
for attr in ("gi_frame", "gi_running", "gi_code"):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError", e)

# exception state is saved across yields
def exc_state():
    try:
        raise KeyError("handled")
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
g = exc_state()
next(g)
import sys
print("outside:", sys.exc_info()[1])
print("inside again:", next(g))

# close() from within a finally of another generator; yield inside finally during close
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "in finally"
g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(g, "exhausted"))
