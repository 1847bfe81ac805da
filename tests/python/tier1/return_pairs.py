# LOAD_CONST + RETURN_VALUE and a JUMP_FORWARD to a RETURN_VALUE (`return a if c else b`) run as
# one dispatch: the returned values, generators' return values (StopIteration.value), returns
# through finally blocks and with blocks, and the returned frame's line must be unchanged.
import sys


def const(n):
    if n > 2:
        return "big"
    return None


def cond(n, a, b):
    return a if n % 2 else b


def cond_attr(p, n):
    return (p.real
            if n
            else p.imag)


def gen(n):
    for i in range(n):
        yield i
    return "done" if n else "empty"


def gen_const(n):
    yield n
    return 42


def through_finally(n, log):
    try:
        if n:
            return "try"
        return n if n is None else -n
    finally:
        log.append(n)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def through_with(n):
    with Ctx():
        return "with" if n else None


frames = []


def keep_frame(n):
    frames.append(sys._getframe())
    return (n
            if n > 0
            else -n)


def keep_frame_const():
    frames.append(sys._getframe())
    return 7


for _ in range(3):
    print([const(n) for n in range(5)])
    print([cond(n, "odd", "even") for n in range(5)])
    print([cond_attr(complex(1, 2), n) for n in range(3)])
    for n in (0, 3):
        g = gen(n)
        items = []
        while True:
            try:
                items.append(next(g))
            except StopIteration as e:
                print(items, repr(e.value))
                break
    g = gen_const(5)
    print(next(g), end=" ")
    try:
        next(g)
    except StopIteration as e:
        print(e.value)
    log = []
    print([through_finally(n, log) for n in (0, 1, None)], log)
    print(through_with(1), through_with(0))
    print(keep_frame(3), keep_frame(-2), keep_frame_const())
    print([f.f_lineno - keep_frame.__code__.co_firstlineno for f in frames[:2]],
          frames[2].f_lineno - keep_frame_const.__code__.co_firstlineno)
    frames.clear()
    print(list(map(lambda x: x if x else None, [0, 1, 2])))
