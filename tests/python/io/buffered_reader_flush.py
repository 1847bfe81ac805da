# BufferedReader.flush() keeps its read-ahead (the raw position stays where the last fill left
# it); BufferedRandom.flush() moves the raw stream back to the logical position. Closing a
# reader therefore never seeks its raw stream (bz2.BZ2File over a closed file relies on it).
import bz2
import io
import os
import tempfile


class Raw(io.RawIOBase):
    """A readable raw stream that reports every seek."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def seek(self, pos, whence=0):
        print("raw seek", pos, whence)
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos

    def tell(self):
        return self.pos


r = io.BufferedReader(Raw(b"abcdefghij" * 20), 16)
print(r.read(3), r.raw.pos)
r.flush()
print(r.raw.pos, r.tell(), r.read(2))
r.close()
print("closed", r.closed)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    with open(p, "wb") as f:
        f.write(b"0123456789" * 1000)
    with open(p, "r+b", buffering=64) as rnd:
        print(rnd.read(5), rnd.raw.tell())
        rnd.flush()
        print(rnd.raw.tell(), rnd.tell(), rnd.read(2))

    # a BZ2File whose file object was closed first still closes (tarfile's fileobj case)
    p = os.path.join(d, "f.bz2")
    with open(p, "wb") as f:
        f.write(bz2.compress(b"x" * 100000))
    with open(p, "rb") as f:
        b = bz2.BZ2File(f)
        print(len(b.read(10)))
    b.close()
    print("bz2 closed", b.closed)
