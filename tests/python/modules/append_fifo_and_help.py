# open(path, 'a') on a FIFO: the seek to the end that appending makes is not an error where the
# file cannot seek (logging.FileHandler('/dev/stdout') behind a pipe does this). And help() is
# pydoc's, as CPython's _sitebuiltins._Helper: signatures, methods, modules named by a string.
import os
import tempfile
import threading

d = tempfile.mkdtemp()
p = os.path.join(d, "fifo")
os.mkfifo(p)
got = []


def reader():
    with open(p) as f:
        got.append(f.read())


t = threading.Thread(target=reader)
t.start()
with open(p, "a") as f:
    print("seekable", f.seekable())
    f.write("hello\n")
t.join()
print(got)

t = threading.Thread(target=reader)
t.start()
with open(p, "ab", buffering=0) as f:
    print("seekable", f.seekable())
    f.write(b"raw\n")
t.join()
print(got)


def f(a, b=2, *, c=None):
    """Adds a to b."""


class Shape:
    """A shape."""

    def area(self, scale=1):
        """The area, times scale."""
        return 0


help(f)
help(Shape)
