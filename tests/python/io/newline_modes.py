# The newline argument of open(): translation on write and on read, readline splitting, newlines.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    raw = b"a\nb\r\nc\rd\r\n\r\ne\n\rf"
    with open(TMP, "wb") as f:
        f.write(raw)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(TMP, newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))
        with open(TMP, newline=nl) as f:
            print(repr(nl), repr(f.read()), repr(f.newlines))
        with open(TMP, newline=nl) as f:
            print(repr(nl), [f.read(2) for _ in range(6)])
        with open(TMP, newline=nl) as f:
            print(repr(nl), repr(f.readline(1)), repr(f.readline(2)), repr(f.readline(2)), repr(f.readline(2)))
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(TMP, "w", newline=nl) as f:
            print(f.write("x\ny\r\nz\r"))
        with open(TMP, "rb") as f:
            print(repr(nl), f.read())
    with open(TMP, "w") as f:
        f.write("only lf\n")
    with open(TMP) as f:
        print(repr(f.newlines), f.readline(), repr(f.newlines))
    with open(TMP, "wb") as f:
        f.write(b"x" * 8191 + b"\r\n" + b"tail\r")
    with open(TMP) as f:
        lines = f.readlines()
        print(len(lines), len(lines[0]), repr(lines[0][-2:]), repr(lines[1]))
    with open(TMP, newline="") as f:
        lines = f.readlines()
        print(len(lines), len(lines[0]), repr(lines[0][-3:]), repr(lines[1]))
    try:
        open(TMP, newline="x")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, newline=5)
    except TypeError as e:
        print(type(e).__name__, e)
finally:
    posix.remove(TMP)
