# line events of match statements: the jump out of a case body has no line, so an if in the body that
# was not taken (or is constant false) never reports its body's line
import sys

def f1(x):
    match x:
        case 1:
            y = 1
            if False:
                return 1
        case _:
            pass

def f4(x):
    match x:
        case 1:
            if False:
                z = 1
        case _:
            pass

def f5(x):
    match x:
        case 1:
            if x:
                return 1
        case _:
            pass

def f6(x, y):
    match x:
        case 1:
            if y:
                z = 1
        case 2:
            pass
        case _:
            pass

def unreachable(command):
    match command:
        case 1:
            if False:
                return 1
        case _:
            if False:
                return 0

def trace(fn, *a):
    lines = []
    def t(frame, event, arg):
        if frame.f_code is fn.__code__:
            lines.append((event[0], frame.f_lineno - fn.__code__.co_firstlineno))
        return t
    sys.settrace(t)
    fn(*a)
    sys.settrace(None)
    return lines

for fn, a in [(f1, (1,)), (f4, (1,)), (f5, (0,)), (f5, (1,)), (f6, (1, 0)), (f6, (1, 1)), (f6, (2, 0)), (f6, (3, 0)),
              (unreachable, (1,)), (unreachable, (0,))]:
    print(fn.__name__, a, trace(fn, *a))
