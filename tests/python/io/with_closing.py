# The with statement closes files, also when the body raises; close() is idempotent.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    with open(TMP, "w") as f:
        print(f.closed, f.__enter__() is f)
        f.write("unflushed")
    print(f.closed, f.buffer.closed, f.buffer.raw.closed)
    with open(TMP) as f:
        print(f.read())
    try:
        with open(TMP, "a") as g:
            g.write(" more")
            raise KeyError("inside")
    except KeyError as e:
        print("caught", e, g.closed)
    with open(TMP) as f:
        print(f.read())
    try:
        with open(TMP) as h:
            h.write("x")
    except OSError as e:
        print(type(e).__name__, e, h.closed)
    with open(TMP, "rb") as a, open(TMP) as b:
        print(a.read(4), b.read(4))
    print(a.closed, b.closed)
    f = open(TMP)
    f.close()
    f.close()
    print(f.closed)
    try:
        with f:
            pass
    except ValueError as e:
        print(type(e).__name__, e)
    w = open(TMP, "w")
    w.write("written before close")
    w.close()
    with open(TMP) as r:
        print(r.read())
    d = open(TMP, "rb")
    raw = d.detach()
    print(type(raw).__name__, raw.closed)
    try:
        d.read()
    except ValueError as e:
        print(type(e).__name__, e)
    raw.close()
    t = open(TMP)
    buf = t.detach()
    print(type(buf).__name__, buf.read(7))
    buf.close()
    try:
        t.read()
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    posix.remove(TMP)
