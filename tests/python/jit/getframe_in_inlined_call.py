# A frame object taken with sys._getframe inside a call a trace inlines (a function-entry trace's
# or a loop's), kept after the call returns: its f_locals and f_lineno must be those the call ended
# with, as in tier 1 (the trace's inlined frames exist as real frames only while a helper runs).
# Found by a tester of function-entry traces; loop traces at threshold 1 had it too. The same
# with the JIT off, on, and forced to trace at once.
import sys

frames = []


def own(a):
    frames.append(sys._getframe())
    x = a * 3 + 1
    y = x % 11 + a
    return y


def cap():
    frames.append(sys._getframe(1))
    return 1


def caller(a):
    x = a * 3 + cap()
    y = x % 11 + a
    z = y * 2
    return y + z


def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + own(n) + caller(n)


def drive(k):
    if k:
        rec(100)
        drive(k - 1)


drive(30)
for fr in frames[-2:]:
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals.items()))

frames.clear()
for i in range(40):
    own(i)
    caller(i)
for fr in frames[-2:]:
    print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals.items()))
