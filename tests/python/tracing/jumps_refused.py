# Every jump CPython 3.11 refuses, with its message (frame_setlineno): from an
# event other than 'line', without a trace function, to a line outside the
# code, into a for loop, a with block or an except block, with a non-int line,
# from unreachable code; a refusal raises in the traced frame, whose handlers
# see it, and the trace function is removed.
import sys


class JumpTracer:
    def __init__(self, func, start, to, event="line"):
        self.code = func.__code__
        self.first = self.code.co_firstlineno
        self.start, self.to, self.event = start, to, event
        self.done = False

    def trace(self, frame, event, arg):
        if self.done:
            return None
        if (frame.f_code is self.code and event == self.event
                and frame.f_lineno == self.first + self.start):
            self.done = True
            target = self.to if isinstance(self.to, str) else self.first + self.to
            try:
                frame.f_lineno = target
            except ValueError as e:
                print("  refused:", str(e).replace(str(self.first + (self.to if isinstance(self.to, int) else 0)), "N"))
                raise
        return self.trace


def run(func, start, to, event="line"):
    tracer = JumpTracer(func, start, to, event)
    output = []
    sys.settrace(tracer.trace)
    try:
        func(output)
    except ValueError as e:
        output.append("ValueError")
    finally:
        print("  trace function left:", sys.gettrace() is not None)
        sys.settrace(None)
    print(func.__name__, start, "->", to, event, output)


class Context:
    def __init__(self, output, n):
        self.output, self.n = output, n

    def __enter__(self):
        self.output.append(self.n)

    def __exit__(self, *exc):
        self.output.append(-self.n)


def two_lines(output):
    output.append(1)
    output.append(2)


run(two_lines, 2, 3)
run(two_lines, 2, 100)
run(two_lines, 2, -2)
run(two_lines, 1, "Spam")
run(two_lines, 0, 1, "call")
run(two_lines, 2, 1, "return")


def raises(output):
    output.append(1)
    1 / 0


run(raises, 2, 1, "exception")


def into_for(output):
    output.append(1)
    for i in 1, 2:
        output.append(3)
    output.append(4)


run(into_for, 1, 3)
run(into_for, 4, 3)


def into_with(output):
    output.append(1)
    with Context(output, 2):
        output.append(3)
    output.append(4)


run(into_with, 1, 3)
run(into_with, 4, 3)


def into_except(output):
    output.append(1)
    try:
        output.append(3)
    except ZeroDivisionError:
        output.append(5)
    output.append(6)


run(into_except, 1, 5)
run(into_except, 3, 4)


def caught_in_frame(output):
    try:
        output.append(2)
        output.append(3)
    except ValueError as e:
        output.append(str(e))
    output.append(7)


run(caught_in_frame, 3, 5)


def infinite(output):
    output.append(1)
    while True:
        output.append(3)
        break
    output.append(5)


run(infinite, 3, 6)


def not_traced():
    frame = sys._getframe()
    try:
        frame.f_lineno = frame.f_lineno
    except ValueError as e:
        # CPython reads the event of the thread's last hook call, whichever it was
        print("no trace function:", "trace" in str(e))
    try:
        del frame.f_lineno
    except AttributeError as e:
        print("delete:", e)


not_traced()


# A jump from a generator's 'return' event at a yield: allowed when the frame has fast locals
# (here a free variable) or stack values, refused when it has neither (CPython then takes the
# frame for cleared). The generators are kept alive so no close() event follows; the one that
# jumped is not resumed (CPython 3.11 then runs its body with the sent None where its cell was).
import sys as _sys

_kept = []
_log = []


def _no_locals_gen():
    _log.append(2)
    yield 3
    _log.append(4)


def _make_closure_gen():
    box = []

    def gen():
        box.append(2)
        _log.append(2)
        yield 3
        _log.append(4)
    return gen


def _yield_return_jump(gen_func, back_by, resume):
    first = gen_func.__code__.co_firstlineno

    def tracer(frame, event, arg):
        if event == 'return' and frame.f_code is gen_func.__code__:
            try:
                frame.f_lineno = frame.f_lineno - back_by
                print("  jumped")
            except ValueError as e:
                print("  refused:", e)
        return tracer
    _log.clear()
    g = gen_func()
    _kept.append(g)
    _sys.settrace(tracer)
    try:
        print("  first next:", next(g))
    finally:
        _sys.settrace(None)
    if resume:
        print("  second next:", next(g, "done"), _log)


print("generator without locals:")
_yield_return_jump(_no_locals_gen, 1, True)
print("generator with a free variable:")
_yield_return_jump(_make_closure_gen(), 2, False)  # resumed, CPython's stack is wrong
