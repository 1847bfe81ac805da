# Jumps a trace function makes by assigning frame.f_lineno in a 'line' event
# (CPython's frame_setlineno): forwards, backwards, out of for loops (the
# iterator popped), out of with blocks (no __exit__), out of and between
# except blocks (the handled exception restored), over try/finally, to a line
# without code, and from the 'return' event of a generator's yield.
import sys


class JumpTracer:
    """Jumps once from line `start` to line `to` (both relative to the def line of `func`)
    in `func`, or in the first frame below it whose code is named `inner`."""

    def __init__(self, func, start, to, event="line", inner=None):
        self.code = func.__code__
        self.inner = inner
        self.first = self.code.co_firstlineno
        self.start, self.to, self.event = start, to, event
        self.done = False

    def trace(self, frame, event, arg):
        if self.done:
            return None
        code = frame.f_code
        wanted = code is self.code if self.inner is None else code.co_name == self.inner
        if (wanted and event == self.event
                and frame.f_lineno == self.first + self.start):
            frame.f_lineno = self.first + self.to
            print("  jumped from", self.start, "to", frame.f_lineno - self.first)
            self.done = True
        return self.trace


def run(func, start, to, event="line", inner=None):
    tracer = JumpTracer(func, start, to, event, inner)
    output = []
    sys.settrace(tracer.trace)
    try:
        func(output)
    except Exception as e:
        output.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, start, "->", to, output)


class Context:
    def __init__(self, output, n):
        self.output, self.n = output, n

    def __enter__(self):
        self.output.append(self.n)

    def __exit__(self, *exc):
        self.output.append(-self.n)


def straight(output):
    output.append(1)
    output.append(2)
    output.append(3)


run(straight, 1, 3)
run(straight, 2, 1)
run(straight, 2, 2)
run(straight, 3, 0)
run(straight, 2, -0)


def codeless_line(output):
    output.append(1)
    # nothing here: the jump lands on the next line with code
    output.append(3)


run(codeless_line, 1, 2)


def loops(output):
    for i in 1, 2:
        output.append(2)
        for j in [3, 4]:
            output.append(4)
        output.append(5)
    output.append(6)


run(loops, 4, 6)
run(loops, 4, 5)
run(loops, 5, 1)
run(loops, 6, 1)


def while_loop(output):
    i = 1
    while i <= 3:
        output.append(i)
        i += 1
    output.append(5)


run(while_loop, 5, 3)
run(while_loop, 1, 3)
run(while_loop, 4, 5)


def nested_for_with_locals(output):
    total = 0
    for i in range(10):
        for j in range(10):
            total += i * j
            if i == 3 and j == 2:
                output.append(total)
    output.append(total)


run(nested_for_with_locals, 5, 7)


def with_block(output):
    output.append(1)
    with Context(output, 2):
        output.append(3)
        output.append(4)
    output.append(5)


run(with_block, 3, 5)
run(with_block, 4, 1)
run(with_block, 3, 4)


def with_in_for(output):
    for i in [1, 2]:
        with Context(output, 10 * i):
            output.append(3)
        output.append(4)
    output.append(5)


run(with_in_for, 3, 5)
run(with_in_for, 3, 4)


def except_blocks(output):
    output.append(1)
    try:
        output.append(3)
        1 / 0
    except ZeroDivisionError:
        output.append(sys.exc_info()[0].__name__)
        output.append(7)
    except ValueError:
        output.append(9)
    output.append(sys.exc_info()[0])


run(except_blocks, 7, 9)
run(except_blocks, 7, 1)


def within_except(output):
    try:
        1 / 0
    except ZeroDivisionError as e:
        output.append(4)
        output.append(5)
        output.append(6)
    output.append(7)


run(within_except, 4, 6)


def try_finally(output):
    output.append(1)
    try:
        output.append(3)
        output.append(4)
    finally:
        output.append(6)
    output.append(7)


run(try_finally, 3, 7)
run(try_finally, 4, 1)
run(try_finally, 1, 4)
run(try_finally, 6, 7)


def try_except(output):
    try:
        output.append(2)
    except:
        output.append(4)
        raise
    output.append(6)


run(try_except, 2, 6)


def in_finally_after_raise(output):
    try:
        output.append(2)
        1 / 0
    finally:
        output.append(5)
        output.append(6)
    output.append(7)


run(in_finally_after_raise, 5, 6)


def over_listcomp(output):
    output.append(1)
    x = [i for i in range(10)]
    output.append(x[-1])


run(over_listcomp, 1, 3)
run(over_listcomp, 3, 1)


def skip_assignment(output):
    x = 1
    y = 2
    try:
        output.append(x + y)
    except NameError as e:
        output.append(str(e))


run(skip_assignment, 1, 3)


def from_yield(output):
    def gen():
        output.append(2)
        yield 3
        output.append(4)
    next(gen())
    output.append(6)


run(from_yield, 3, 2, "return", "gen")


def conditional(output):
    x = None
    if x is None:
        output.append(3)
    else:
        output.append(5)
    output.append(6)


run(conditional, 1, 5)
run(conditional, 6, 3)


def and_or(output):
    output.append(1)
    _ = output.append(2) and "Spam"
    output.append(3)
    _, *_, _ = output.append(4) or "Spam"
    output.append(5)


run(and_or, 2, 3)
run(and_or, 4, 5)


def one_liner(output): output.append(0); output.append(len(output))


run(one_liner, 0, 0)


def cells(output):
    x = 1
    def inner():
        return x
    output.append(inner())
    x = 2
    output.append(inner())


run(cells, 5, 0)
run(cells, 5, 3)


def generator_body(output):
    def gen():
        for i in range(3):
            output.append(i)
            yield i
        output.append(5)
    output.append(list(gen()))


run(generator_body, 3, 5, "line", "gen")
