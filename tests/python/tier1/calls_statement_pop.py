# Call statements (a CALL followed by POP_TOP, which the specialized form does itself): the
# result is dropped on the fast path and on every fallback (another callee, a builtin, a class,
# keywords), exceptions leave the right traceback line, and the stack stays balanced in loops.
import sys

log = []


def note(x, y=0):
    log.append(x + y)
    return "dropped"


def other(x, y=0):
    log.append(-x)
    return ["also dropped"]


class K:
    def __init__(self, x, y=0):
        log.append(("K", x))


def run(fns, n):
    for f in fns:
        for k in range(n):
            f(k)
            f(k, 1)
    return len(log)


print(run([note], 30), log[-2:])
print(run([note, other, note, round, K], 3), log[-4:])


def boom(x):
    if x == 25:
        raise ValueError("boom at %d" % x)


def loop_boom():
    for k in range(30):
        boom(k)


try:
    loop_boom()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e).__name__, e, lines)


def where():
    return sys._getframe(1).f_lineno


def caller():
    for k in range(30):
        where()
    return where()


print(caller() - caller.__code__.co_firstlineno)


def rec(n):
    if n:
        rec(n - 1)


for _ in range(5):
    rec(50)
try:
    rec(10 ** 6)
except RecursionError as e:
    print(type(e).__name__, e)


def deep_stack(n):
    total = 0
    for k in range(n):
        note(k)
        total += k
    return total


print(deep_stack(40), len(log))
