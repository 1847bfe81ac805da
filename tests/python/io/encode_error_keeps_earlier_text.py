# A write that fails to encode loses nothing written before it, and the error's position is
# within that write's text (CPython encodes each write on its own).
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + str(v) for k, v in sys._xoptions.items())))

print("hello")
try:
    print("bad \ud800")
except UnicodeEncodeError as e:
    print("caught", e.start, e.end, e)
sys.stdout.write("no newline yet ")
try:
    sys.stdout.write("x\udfffy")
except UnicodeEncodeError as e:
    print("caught", e.start, e)
print("after")

try:
    for encoding in ("utf-8", "ascii", "latin-1"):
        with open(TMP, "w", encoding=encoding) as f:
            f.write("first line\n")
            for bad in ("x\ud800y\n", "caf\u00e9\n", "snow \u2603\n"):
                try:
                    f.write(bad)
                except UnicodeEncodeError as e:
                    print(encoding, "caught", e.start, e.end, e.reason)
            f.write("last\n")
        with open(TMP, "rb") as f:
            print(encoding, f.read())
finally:
    try:
        posix.remove(TMP)
    except FileNotFoundError:
        pass
