# What errors about path arguments say: the path os.fspath gave for a PathLike is the filename,
# a NUL in a bytes path is the function's own message, in a str path the encoder's.
import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


for f in (os.stat, os.lstat, os.listdir, os.unlink, os.rmdir, lambda q: os.open(q, os.O_RDONLY)):
    for arg in (P("/nonexistent_zz"), P(b"/nonexistent_zz"), "/nonexistent_zz", b"/nonexistent_zz"):
        try:
            f(arg)
        except OSError as e:
            print(type(e).__name__, e.errno, repr(e.filename), e)
for name in ("stat", "lstat", "listdir", "unlink", "rmdir", "mkdir", "chmod"):
    f = getattr(os, name)
    for arg in (b"a\x00b", "a\x00b", P(b"a\x00"), P("a\x00")):
        try:
            f(arg) if name != "chmod" else f(arg, 0o644)
        except ValueError as e:
            print(name, repr(arg if not isinstance(arg, P) else arg.p), e)
for spec in ("%.2147483647d", "%.2147483645x", "%.2147483645o", "%.2147483646i"):
    try:
        print(len(spec % 3))
    except OverflowError as e:
        print(spec, type(e).__name__, e)
