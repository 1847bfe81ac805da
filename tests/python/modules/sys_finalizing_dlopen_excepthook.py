# sys.is_finalizing() during the exit's finalizers, sys.setdlopenflags() kept, sys.excepthook's
# SyntaxError filename shown with str(), and the C/POSIX locales' stdio error handler.
import os
import subprocess
import sys
import traceback

CODE = """if 1:
    import sys, atexit
    class AtExit:
        is_finalizing = sys.is_finalizing
        print = print
        def __del__(self):
            self.print("__del__ at exit:", self.is_finalizing(), flush=True)
    ref = AtExit()
    atexit.register(lambda: print("atexit:", sys.is_finalizing()))
    print("running:", sys.is_finalizing())
"""
print(subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True).stdout, end="")

old = sys.getdlopenflags()
sys.setdlopenflags(old + 1)
print(sys.getdlopenflags() - old)
sys.setdlopenflags(old)
for bad in (2**40, "x", None):
    try:
        sys.setdlopenflags(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getdlopenflags(1)
except TypeError as e:
    print("TypeError", e)

sys.stderr = sys.stdout
for fn in (b"bytes_filename", "str_name", None, 42):
    try:
        raise SyntaxError("msg", (fn, 123, 0, "text"))
    except SyntaxError as e:
        e.__traceback__ = None
        sys.__excepthook__(type(e), e, None)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
sys.stderr = sys.__stderr__

DUMP = "import sys\nfor n in ('stdin', 'stdout', 'stderr'):\n    print(n, getattr(sys, n).errors)"
for locale in ("C", "POSIX"):
    for io in (None, ":ignore", "iso8859-1", "iso8859-1:", ":", ""):
        env = dict(os.environ, LC_ALL=locale, PYTHONCOERCECLOCALE="0")
        env.pop("PYTHONIOENCODING", None)
        if io is not None:
            env["PYTHONIOENCODING"] = io
        out = subprocess.run([sys.executable, "-X", "utf8=0", "-c", DUMP], env=env, capture_output=True, text=True,
                             stdin=subprocess.DEVNULL)
        print(locale, repr(io), out.stdout.split())
