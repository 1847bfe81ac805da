# A debugger's jump (frame.f_lineno = n) past an assignment leaves a local unbound where every
# path of the bytecode binds it; the trace of that loop, recorded in another call of the function
# with the local bound, must not run in the jumped frame.
import sys


def f(n, nested):
    x = 0
    out = []
    for i in range(n):
        if i == 0 and not nested:
            sys.settrace(None)
        if i == 1 and not nested:
            out.append(len(f(3000, True)))
        try:
            out.append(x)
        except UnboundLocalError as e:
            out.append(type(e).__name__)
    return out


jumped = False


def tracer(frame, event, arg):
    global jumped
    if event == 'call':
        return tracer if frame.f_code.co_name == 'f' else None
    if event == 'line' and not jumped and frame.f_lineno == f.__code__.co_firstlineno + 1:
        jumped = True
        frame.f_lineno = f.__code__.co_firstlineno + 2
    return tracer


def main():
    sys.settrace(tracer)
    r = f(3000, False)
    print(len(r), r.count('UnboundLocalError'), r[:4])


main()
