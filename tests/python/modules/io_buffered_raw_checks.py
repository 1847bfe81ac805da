# Buffered objects read through the raw stream's readinto() and check what it and seek()/
# tell()/write() return, as Modules/_io/bufferedio.c does.
import io


class Raw(io.RawIOBase):
    def __init__(self, data=b"", readinto_result=None, pos=0):
        self.data = data
        self.readinto_result = readinto_result
        self.pos = pos
        self.calls = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, buf):
        self.calls.append(type(buf).__name__)
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n if self.readinto_result is None else self.readinto_result(buf, n)

    def read(self, n=-1):
        self.calls.append("read")
        return super().read(n)

    def write(self, b):
        return len(b) * 2

    def seek(self, pos, whence=0):
        return self.pos

    def tell(self):
        return self.pos


r = Raw(b"hello world")
b = io.BufferedReader(r, 4)
print(b.read(6), b.read(), r.calls[0], r.calls.count("read"))

for result in (lambda buf, n: -1, lambda buf, n: len(buf) * 5, lambda buf, n: b"", lambda buf, n: 2.5):
    b = io.BufferedReader(Raw(b"abc", result))
    try:
        b.read(2)
    except OSError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

b = io.BufferedRandom(Raw(pos=-7), 5)
for call in (lambda: b.seek(0), lambda: b.tell(), lambda: b.write(b"abcdef")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
b.close = lambda: None
