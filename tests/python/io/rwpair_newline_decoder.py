# _io.BufferedRWPair over two raw streams, and _io.IncrementalNewlineDecoder.
import _io


class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(_io._RawIOBase):
    def __init__(self):
        self.got = b""

    def writable(self):
        return True

    def write(self, b):
        self.got += bytes(b)
        return len(b)


sink = Sink()
pair = _io.BufferedRWPair(Source(b"ping\npong\n"), sink, 4)
print(pair.readable(), pair.writable(), pair.seekable(), pair.isatty(), pair.closed)
print(pair.readline(), pair.peek()[:1], pair.read(2), pair.read1(10), pair.read())
print(pair.write(b"abc"), sink.got)
pair.flush()
print(sink.got, pair.write(b"defgh"), sink.got)
pair.close()
print(pair.closed, sink.closed)
try:
    _io.BufferedRWPair(Sink(), Sink())
except OSError as e:
    print(type(e).__name__, e)

d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c\r\n")), repr(d.decode("", final=True)))
print(repr(d.newlines), d.getstate())
print(repr(d.decode("x\r")), d.getstate())
d.setstate((b"", 0))
print(repr(d.decode("y", final=True)))
d.reset()
print(repr(d.newlines))
k = _io.IncrementalNewlineDecoder(None, translate=False)
print(repr(k.decode("1\r\n2\r3\n")), repr(k.newlines))
print(repr(k.decode("end\r", final=True)))
try:
    d.decode(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
