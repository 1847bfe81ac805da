# sys.excepthook runs for an uncaught exception (a program's own hook too) and honours
# sys.tracebacklimit; sys.exit's tuple status; sys._getframe's argument count; struct sequence
# types of sys that cannot be instantiated; sys.thread_info; sys._stdlib_dir.
import io
import os
import sys


def f1():
    1 / 0


def f2():
    f1()


def report(limit):
    try:
        f2()
    except ZeroDivisionError as e:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            if limit is not None:
                sys.tracebacklimit = limit
            sys.excepthook(type(e), e, e.__traceback__)
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
            if hasattr(sys, "tracebacklimit"):
                del sys.tracebacklimit
    return [line.split(", ", 1)[-1] for line in text.splitlines() if not line.startswith("    ")]


for limit in (None, 10, 3, 2, 1, 0, -5, 10 ** 30, True):
    print(limit, report(limit))

saved = sys.stderr
sys.stderr = io.StringIO()
print(sys.excepthook(1, "1", 1), repr(sys.stderr.getvalue()))
sys.stderr = saved

for status in (42, (42,), (), (1, 2), "bye", None, [3]):
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(status), "->", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)

try:
    sys._getframe(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe(10 ** 6)
except ValueError as e:
    print("ValueError", e)

for value in (sys.flags, sys.version_info, sys.thread_info):
    t = type(value)
    try:
        t(value)
    except TypeError as e:
        print("TypeError", e)
    try:
        t.__new__(t, value)
    except TypeError as e:
        print("TypeError", type(e).__name__)
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(os.path.isfile(os.path.join(sys._stdlib_dir, "os.py")))
print(type(sys.orig_argv).__name__, sys.orig_argv[1:] == sys.argv[1:] or sys.orig_argv[-len(sys.argv):] == sys.argv)


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb.tb_frame.f_code.co_name)
    print("last:", sys.last_type.__name__, sys.last_value is value, sys.last_traceback is tb)


sys.excepthook = hook
f2()
