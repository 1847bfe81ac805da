# A buffered writer over a raw stream that would block (write() returns None) keeps what it
# can and raises BlockingIOError with characters_written, as bufferedwriter_write does; FileIO
# over a full or empty non-blocking pipe answers None; BufferedIOBase.readinto refuses a read()
# that returns more than asked.
import io
import os


class NonBlockRaw(io.RawIOBase):
    def __init__(self):
        self.written = []
        self.blocker = None

    def writable(self):
        return True

    def write(self, b):
        b = bytes(b)
        if self.blocker:
            n = b.find(self.blocker)
            if n > 0:
                self.written.append(b[:n])
                return n
            if n == 0:
                self.blocker = None
                return None
        self.written.append(b)
        return len(b)

    def pop(self):
        s = b"".join(self.written)
        self.written.clear()
        return s


raw = NonBlockRaw()
w = io.BufferedWriter(raw, 8)
print(w.write(b"abcd"), w.write(b"efghi"))
raw.blocker = b"k"
print(w.write(b"jklmn"))
raw.blocker = b"0"
try:
    w.write(b"opqrwxyz0123456789")
except BlockingIOError as e:
    print(e.args, e.characters_written)
print(raw.pop())
print(w.write(b"ABCDEFGHI"), raw.pop())
w.flush()
print(raw.pop())

r, wfd = os.pipe()
os.set_blocking(r, False)
os.set_blocking(wfd, False)
rf = io.open(r, "rb", buffering=0)
wf = io.open(wfd, "wb", buffering=0)
print(rf.read(10), rf.read(), rf.readinto(bytearray(4)))
total = 0
while True:
    n = wf.write(b"x" * 10000)
    if n is None:
        break
    total += n
got = rf.read()
print(total == len(got), rf.read())
bf = io.open(r, "rb", closefd=False)
print(bf.read())
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
rf.close()
wf.close()


class Bad(io.BufferedIOBase):
    def read(self, n=-1):
        return b"x" * 10

    def read1(self, n=-1):
        return b"y" * 10


for m in ("readinto", "readinto1"):
    try:
        getattr(Bad(), m)(bytearray(2))
    except ValueError as e:
        print(m, e)
