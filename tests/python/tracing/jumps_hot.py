# Jumps in code the JIT has compiled: a hot loop whose frame a debugger starts
# tracing while it runs (as bdb's set_trace does: f_trace on the running frame,
# then sys.settrace) and whose trace function then jumps out of the loop, and a
# hot function traced afterwards with a jump backwards into its while loop.
import sys


def start_tracing(trace):
    frame = sys._getframe(1)
    frame.f_trace = trace
    sys.settrace(trace)


def hot_loop(n):
    total = 0
    jumped = []

    def trace(frame, event, arg):
        if event == "line" and frame.f_code is hot_loop.__code__ and not jumped:
            if frame.f_lineno == hot_loop.__code__.co_firstlineno + 12:
                jumped.append(frame.f_lineno)
                frame.f_lineno = hot_loop.__code__.co_firstlineno + 15
        return trace

    for i in range(n):
        total += i
        if i == max(n - 10, 0):
            start_tracing(trace)
    total = -total
    sys.settrace(None)
    return total, i, len(jumped)


print(hot_loop(5000))
print(hot_loop(3))


def counting(n):
    i = 0
    acc = 0
    while i < n:
        acc += i * 2
        i += 1
    return acc, i


for _ in range(300):
    counting(50)


def back_jump(frame, event, arg):
    if event == "line" and frame.f_code is counting.__code__:
        rel = frame.f_lineno - counting.__code__.co_firstlineno
        if rel == 6 and not jumps:
            jumps.append(rel)
            frame.f_lineno = counting.__code__.co_firstlineno + 4
    return back_jump


jumps = []
sys.settrace(back_jump)
print(counting(5))
sys.settrace(None)
print(counting(5), jumps)
