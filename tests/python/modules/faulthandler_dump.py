# faulthandler: tracebacks written straight to a file descriptor, now or after a timeout.
import faulthandler
import io
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(f):
    """Prints a dump written to the temporary file f, without this directory's path."""
    f.seek(0)
    for line in f.read().decode().splitlines():
        print(line.replace(HERE, "") if not line.startswith("Thread 0x") else "Thread 0x...")


def dumped(*args, **kwargs):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback(f, *args, **kwargs)
        show(f)


def inner():
    dumped(all_threads=False)


def outer():
    inner()


outer()
print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


attempt(faulthandler.dump_traceback, io.StringIO())
attempt(faulthandler.dump_traceback, -1)
attempt(faulthandler.dump_traceback_later, 0)
attempt(faulthandler.dump_traceback_later, -1.5)
attempt(faulthandler.dump_traceback_later, "x")
attempt(faulthandler.enable, file=io.StringIO())
attempt(faulthandler.dump_traceback_later, 10, file=sys.stdout)
attempt(faulthandler.cancel_dump_traceback_later)
attempt(faulthandler.cancel_dump_traceback_later)


def deep(n, f):
    if n == 0:
        faulthandler.dump_traceback(f.fileno(), all_threads=False)
    else:
        deep(n - 1, f)


with tempfile.TemporaryFile() as f:
    deep(3, f)
    show(f)

# A name longer than 500 characters is cut; non-ASCII is escaped.
exec("def " + "y" * 520 + "():\n    dumped(all_threads=False)\n" + "y" * 520 + "()")


def héllo():
    dumped(all_threads=False)


héllo()

# The watchdog: a dump after the timeout while the program sleeps, into a file.
with tempfile.TemporaryFile() as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(1.0)
    faulthandler.cancel_dump_traceback_later()
    show(f)
