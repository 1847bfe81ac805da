# Files written through a temporary (never closed): the next open() of the file sees the data.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    print(open(TMP, "w").write("first line\n"))
    print(repr(open(TMP).read()))
    open(TMP, "a").write("second line\n")
    print(open(TMP).readlines())
    open(TMP, "wb").write(b"\x00\x01binary")
    print(open(TMP, "rb").read())
finally:
    posix.remove(TMP)
