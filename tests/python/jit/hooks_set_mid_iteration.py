# A profile or trace function set by Python code that a traced loop calls, in the middle of an
# iteration: the rest of that iteration reports its events (the builtin calls after the one that
# set the hook, the calls the trace inlines), though the trace checks for hooks only after calls
# that may run Python code, not after the builtins it calls as plain Java (int(x), len).
import sys

events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, arg.__name__))
    elif frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))


def arm():
    sys.setprofile(prof)


def square(x):
    return x * x


def loop(n, at):
    s = 0
    for i in range(n):
        if i == at:
            arm()
        s += int(i * 0.5) + len("ab") + square(i) + abs(-i)
        if i == at + 1:
            sys.setprofile(None)
    return s


print(loop(3000, 2000))
for e in events:
    print(*e)

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("loop2", "step"):
        lines.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
        return tracer
    return None


def start(frame):
    # what a debugger's set_trace does: a local trace function for the running loop's frame too
    frame.f_trace = tracer
    sys.settrace(tracer)


def step(x):
    return x + 1


def loop2(n, at):
    t = 0
    for i in range(n):
        if i == at:
            start(sys._getframe())
        t = step(t) + len("xyz")
        if i == at + 1:
            sys.settrace(None)
    return t


print(loop2(3000, 2500))
for e in lines:
    print(*e)
