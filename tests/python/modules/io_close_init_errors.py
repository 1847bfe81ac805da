# close() calls the object's own flush (an instance attribute may replace it), closes the raw
# stream or buffer even when that flush fails, and chains the two errors; a failed __init__
# leaves a buffered or text object uninitialized.
import io
import os
import sys
import tempfile


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        return 0

    def write(self, b):
        return len(b)

    def seek(self, pos, whence=0):
        return 0


def bad(msg):
    def f():
        raise OSError(msg)
    return f


# TextIOWrapper asks a seekable buffer where it is; a raw stream that cannot seek fails that
try:
    io.TextIOWrapper(io.BufferedWriter(io.RawIOBase.__new__(type("R", (io.RawIOBase,), {
        "writable": lambda s: True, "seekable": lambda s: True}))), encoding="ascii")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

for make in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
             lambda r: io.TextIOWrapper(io.BufferedWriter(r), encoding="ascii")):
    raw = Raw()
    b = make(raw)
    b.flush = bad("flush")
    inner = raw if not isinstance(b, io.TextIOWrapper) else b.buffer
    inner.close = bad("close")
    try:
        b.close()
    except OSError as e:
        print(type(b).__name__, e.args, repr(e.__context__), b.closed)
    inner.close = lambda: None
    b.flush = lambda: None

# FileIO and the layers above: flush raises, the file is closed all the same
path = os.path.join(tempfile.mkdtemp(), "f")
for kw in ({"buffering": 0}, {}, {"encoding": "utf-8"}):
    mode = "w" if "encoding" in kw else "wb"
    f = open(path, mode, **kw)
    seen = []

    def flush():
        seen.append(f.closed)
        raise OSError("flush")
    f.flush = flush
    try:
        f.close()
    except OSError as e:
        print(type(f).__name__, e.args, f.closed, seen)
    f.flush = lambda: None
os.remove(path)

# failed re-initialisation
raw = Raw()
b = io.BufferedReader(raw)
for size in (0, -1, sys.maxsize):
    try:
        b.__init__(raw, buffer_size=size)
    except (ValueError, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        b.read()
    except ValueError as e:
        print("read:", e)
b.__init__(raw)
print(b.read())
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
try:
    t.__init__(io.BytesIO(), encoding="utf-8", newline="xyzzy")
except ValueError as e:
    print(e)
try:
    t.read()
except ValueError as e:
    print("read:", e)
