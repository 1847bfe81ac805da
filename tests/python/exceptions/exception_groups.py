eg = ExceptionGroup("several", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))

try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors", repr(g))
except* TypeError as g:
    print("caught TypeErrors", repr(g))

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as remaining:
    print("remaining", repr(remaining))

try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped", repr(g))

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
print(type(BaseExceptionGroup("auto", [ValueError()])).__name__)

def handler_raises():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise KeyError("from handler")
try:
    handler_raises()
except Exception as e:
    print(repr(e), repr(e.__context__))

print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
n = eg.derive([ZeroDivisionError()])
print(repr(n))
