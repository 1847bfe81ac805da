"""Shared by the tracing programs: a trace function that prints each event as
(event, function, line relative to the function's first line, argument)."""
import sys

FILES = set()


def watch(module_file):
    FILES.add(module_file)


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type):
        return arg[0].__name__ + ": " + str(arg[1])
    if callable(arg) and hasattr(arg, "__name__"):
        return "<" + arg.__name__ + ">"
    return repr(arg)


def line_of(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def tracer(frame, event, arg):
    if frame.f_code.co_filename not in FILES:
        return None
    out = [event, frame.f_code.co_name, str(line_of(frame))]
    if event in ("return", "exception"):
        out.append(show(arg))
    print(" ".join(out))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_filename not in FILES:
        return
    out = [event, frame.f_code.co_name, str(line_of(frame))]
    if event in ("return", "c_call", "c_return", "c_exception"):
        out.append(show(arg))
    print(" ".join(out))
