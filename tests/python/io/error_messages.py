# CPython's exceptions and messages from open() and from operations on files.
import sys
import posix
import _io

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
DIR = TMP + ".d"
try:
    posix.mkdir(DIR)
    with open(TMP, "w") as f:
        f.write("data\n")
    for mode in ["rw", "", "rr", "r++", "U", "rU", "bt", "q", "wa", "x+r", "tb"]:
        try:
            open(TMP, mode)
        except ValueError as e:
            print(repr(mode), type(e).__name__, e)
    for bad in [5.5, None, [1]]:
        try:
            open(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        open(TMP, 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, encoding=5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, buffering=0)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, bogus=1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open(TMP + "\0x")
    except ValueError as e:
        print(type(e).__name__, e)
    for target, mode in [(DIR + "/missing/x", "r"), (DIR + "/missing/x", "w"), (DIR, "r"), (DIR, "w"),
                         (TMP + "/x", "r"), (TMP, "x")]:
        try:
            open(target, mode)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == target, isinstance(e, OSError),
                  str(e).replace(target, "TARGET"))
    try:
        open("no_such_file_taipan.txt")
    except FileNotFoundError as e:
        print(e, e.args)
    f = open(TMP)
    try:
        f.write("x")
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.buffer.write(b"x")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.buffer.raw.write(b"x")
    except ValueError as e:
        print(type(e).__name__, e)
    f.close()
    for name, op in [("read", f.read), ("readline", f.readline), ("write", lambda: f.write("x")),
                     ("tell", f.tell), ("seek", lambda: f.seek(0)), ("flush", f.flush),
                     ("iter", lambda: next(iter(f))), ("fileno", f.fileno), ("isatty", f.isatty),
                     ("readable", f.readable), ("enter", f.__enter__), ("buffer.read", f.buffer.read),
                     ("raw.read", f.buffer.raw.read)]:
        try:
            op()
            print(name, "no error")
        except ValueError as e:
            print(name, type(e).__name__, e)
    print(f.closed, f.close(), f.closed)
    g = open(TMP, "w")
    try:
        g.read()
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        g.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        g.write(5)
    except TypeError as e:
        print(type(e).__name__, e)
    g.close()
    h = open(TMP, "wb")
    try:
        h.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        h.read()
    except OSError as e:
        print(type(e).__name__, e)
    h.close()
    with open(TMP, "rb", buffering=0) as r:
        try:
            r.write(b"x")
        except OSError as e:
            print(type(e).__name__, e)
    try:
        _io.FileIO(TMP, "rw")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        _io.FileIO(TMP, "z")
    except ValueError as e:
        print(type(e).__name__, e)
    print(_io.UnsupportedOperation, _io.UnsupportedOperation.__mro__)
    try:
        posix.remove(DIR)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    posix.remove(TMP)
    posix.rmdir(DIR)
