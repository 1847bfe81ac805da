# An uncaught io.UnsupportedOperation: the traceback names it io.UnsupportedOperation.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
with open(TMP, "w") as f:
    f.write("x")
posix.remove(TMP)
print(f.closed)
r = sys.stdout
print("stdout readable:", r.readable())
r.read()
