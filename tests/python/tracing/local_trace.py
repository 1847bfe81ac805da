# The frame's own trace settings: f_trace_lines = False (no 'line' events),
# f_trace_opcodes = True ('opcode' events, shown once per line here since the
# instruction sets differ), a local trace function that returns None (it stays
# the local one, as in CPython 3.11), one that replaces itself, a 'call' that
# returns None (no local tracing), and a trace function that raises.
import sys
import _events
_events.watch(__file__)


def target(n):
    a = n + 1
    b = a * 2
    return b


log = []


def no_lines(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    frame.f_trace_lines = False
    log.append(event)
    return no_lines


sys.settrace(no_lines)
target(1)
sys.settrace(None)
print("no lines:", log)

opcode_lines = []


def opcodes(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    if event == "call":
        frame.f_trace_opcodes = True
    elif event == "opcode":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if not opcode_lines or opcode_lines[-1] != rel:
            opcode_lines.append(rel)
    return opcodes


sys.settrace(opcodes)
target(2)
sys.settrace(None)
print("opcode lines:", opcode_lines)

events = []


def local_none(frame, event, arg):
    events.append(("local", event, frame.f_lineno - frame.f_code.co_firstlineno))
    return None


def global_fn(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    events.append(("global", event))
    return local_none


sys.settrace(global_fn)
target(3)
sys.settrace(None)
print(events)

events.clear()


def second(frame, event, arg):
    events.append(("second", event))
    return second


def first(frame, event, arg):
    events.append(("first", event))
    return second


def global2(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    return first


sys.settrace(global2)
target(4)
sys.settrace(None)
print(events)

events.clear()


def refuses(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None


sys.settrace(refuses)
target(5)
sys.settrace(None)
print(events)


def raising(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "line":
        raise RuntimeError("from the tracer")
    return raising


sys.settrace(raising)
try:
    target(6)
except RuntimeError as e:
    print("caught:", e, "| gettrace:", sys.gettrace())
sys.settrace(None)


# the trace function sees and changes the frame's locals
def setter(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
        frame.f_locals["a"] = 100
    return setter


sys.settrace(setter)
print("changed local:", target(7))
sys.settrace(None)


# a running frame given an f_trace, then sys.settrace (what bdb's set_trace does)
def running():
    x = 1
    frame = sys._getframe()
    frame.f_trace = lambda f, e, a: print("running:", e, f.f_lineno - f.f_code.co_firstlineno) or None
    sys.settrace(lambda f, e, a: None)
    y = x + 1
    z = y + 1
    sys.settrace(None)
    return z


print(running())
