# except*: splitting, naked exceptions wrapped, re-raise, rest propagation, subgroup/split/derive, errors
def show(eg, depth=0):
    if isinstance(eg, BaseExceptionGroup):
        print("  " * depth + "%s(%r) [%d]" % (type(eg).__name__, eg.message, len(eg.exceptions)))
        for e in eg.exceptions:
            show(e, depth + 1)
    else:
        print("  " * depth + "%s(%r)" % (type(eg).__name__, str(eg)))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("value part:"); show(e)
except* TypeError as e:
    print("type part:"); show(e)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:"); show(e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:"); show(rest)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:"); show(e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as e:
    print("new plus rest:"); show(e)
    print(type(e.exceptions[0].__context__).__name__ if e.exceptions[0].__context__ else None)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        print("not reached")
except TypeError as e:
    print(type(e).__name__, e)
for bad in [(), ("m",), ("m", []), (5, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("m", [ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
eg = ExceptionGroup("msg", [ValueError("a"), ExceptionGroup("sub", [TypeError("b"), ValueError("c")])])
match, rest = eg.split(ValueError)
show(match); show(rest)
show(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.subgroup(ExceptionGroup) is eg)
d = eg.derive([KeyError("d")])
show(d)
print(str(eg), repr(ExceptionGroup("x", [ValueError(1)])), eg.args[0], len(eg.args[1]))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
show(m.split(ValueError)[0])
try:
    raise m
except* TypeError as e:
    print("my type part:", type(e).__name__, e.message)
except* ValueError as e:
    print("my value part:", type(e).__name__, e.message)
try:
    exec("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n")
    print("compiled")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
