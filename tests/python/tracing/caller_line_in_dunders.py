# Code a dunder runs sees its caller at the line of the instruction that called it: the unary
# operators, truth tests (if, while, not, and/or), for's __iter__, with's __enter__ and f-string
# formatting each set the frame's position first (warnings with stacklevel=2 and
# sys._getframe(1).f_lineno read it). The same with the JIT off, on, and forced to trace at once.
import sys
import warnings


class Probe:
    def __init__(self, log):
        self.log = log

    def caller(self, what):
        self.log.append((what, sys._getframe(2).f_lineno - FIRST))
        return self

    def __neg__(self):
        return self.caller("neg")

    def __pos__(self):
        return self.caller("pos")

    def __invert__(self):
        return self.caller("invert")

    def __bool__(self):
        self.caller("bool")
        return True

    def __iter__(self):
        self.caller("iter")
        return iter((1,))

    def __enter__(self):
        return self.caller("enter")

    def __exit__(self, *exc):
        self.caller("exit")

    def __format__(self, spec):
        self.caller("format")
        return "p"

    def __len__(self):
        self.caller("len")
        return 1


FIRST = sys._getframe().f_lineno


def run(n):
    log = []
    p = Probe(log)
    for i in range(n):
        -p
        +p
        ~p
        if p:
            pass
        x = not p
        y = p and 1
        z = p or 2
        for _ in p:
            pass
        with p:
            pass
        s = f"{p}"
        while p:
            break
    return log[:12], len(log)


print(run(1))
print(run(200)[1])
print(run(200)[0] == run(1)[0])

warnings.simplefilter("always")


class Ambiguous:
    def __bool__(self):
        warnings.warn("truth value is ambiguous", stacklevel=2)
        return True


def check():
    a = Ambiguous()
    hits = 0
    for i in range(3):
        if a:
            hits += 1
    return hits


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    check()
print([(w.lineno - FIRST, str(w.message)) for w in caught])
