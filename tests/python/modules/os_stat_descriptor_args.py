# os.stat / os.fstat / os.lstat given descriptors and odd integers: the OSError's errno,
# strerror and filename (os.stat names the descriptor as given, os.fstat names nothing; -1 is
# a NULL path to stat(2), EFAULT), bools as descriptors 0 and 1, and overflow messages.
import os
import tempfile


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return "Index()"


def show(label, f, arg):
    try:
        r = f(arg)
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, getattr(e, "errno", None), getattr(e, "strerror", None),
              repr(getattr(e, "filename", None)), e)


d = tempfile.mkdtemp()
path = os.path.join(d, "f")
with open(path, "wb") as fh:
    fh.write(b"abc")
closed = os.open(path, os.O_RDONLY)
os.close(closed)

args = [-1, -2, 10**6, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**63, 2**70, -2**70,
        True, False, Index(-2), Index(2**40), 1.5, None, b"", ""]
for a in args:
    for f in (os.stat, os.lstat, os.fstat):
        show(f.__name__ + " " + repr(a), f, a)
for f in (os.stat, os.fstat):
    try:
        f(closed)
    except OSError as e:
        print(f.__name__, "closed", e.errno, e.filename == (closed if f is os.stat else None))

fd = os.open(path, os.O_RDONLY)
print(os.stat(fd).st_size, os.fstat(fd).st_size, os.stat(Index(fd)).st_size)
os.close(fd)
print(os.stat(True).st_mode == os.fstat(1).st_mode, os.stat(False).st_mode == os.fstat(0).st_mode)
os.unlink(path)
os.rmdir(d)
