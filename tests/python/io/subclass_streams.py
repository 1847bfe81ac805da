# User subclasses of the _io base and concrete types, stacked as open() stacks its own.
import sys
import posix
import _io

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))


class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


src = Source(b"alpha\nbeta\r\ngamma")
print(src.read(3), src.read(), src.read(), src.calls)
print(list(Source(b"x\ny\nz")), Source(b"ab\ncd").readline(), Source(b"q").readall())
buffered = _io.BufferedReader(Source(b"one\ntwo\nthree\n" * 3), 8)
print(buffered.readline(), buffered.read(5), buffered.peek(2)[:2], len(buffered.read()))
text = _io.TextIOWrapper(_io.BufferedReader(Source("héllo\r\nwörld\n".encode())), encoding="utf-8")
print(text.readlines(), text.encoding, text.readable(), text.writable(), text.seekable())
sink = Sink()
out = _io.TextIOWrapper(_io.BufferedWriter(sink), encoding="utf-8", newline="\r\n")
print(out.write("a\nb"), out.write("é\n"), sink.chunks)
out.flush()
print(sink.chunks, out.closed, sink.closed)
out.close()
print(out.closed, sink.closed)
try:
    _io.BufferedReader(Sink())
except OSError as e:
    print(type(e).__name__, e)
try:
    _io.BufferedWriter(Source(b""))
except OSError as e:
    print(type(e).__name__, e)
try:
    _io.BufferedReader(Source(b""), 0)
except ValueError as e:
    print(type(e).__name__, e)


class CountingFile(_io.FileIO):
    reads = 0

    def read(self, n=-1):
        CountingFile.reads += 1
        return super().read(n)


class Shouting(_io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


try:
    with open(TMP, "wb") as f:
        f.write(b"line one\nline two\n")
    cf = CountingFile(TMP)
    print(cf.read(4), cf.read(), CountingFile.reads, cf.mode, type(cf).__name__, isinstance(cf, _io.FileIO))
    cf.close()
    sh = Shouting(_io.BufferedWriter(_io.FileIO(TMP, "w")), encoding="ascii")
    print("quiet words", file=sh)
    sh.close()
    with open(TMP) as f:
        print(f.read())
    with _io.TextIOWrapper(_io.BufferedRandom(_io.FileIO(TMP, "r+"))) as rw:
        print(repr(rw.readline()), rw.tell())
        rw.seek(0, 2)
        rw.write("more\n")
        rw.seek(0)
        print(rw.read().splitlines())
finally:
    posix.remove(TMP)


class Lines(_io._IOBase):
    def __init__(self):
        self.left = [b"a\n", b"b\n"]

    def readline(self, size=-1):
        return self.left.pop(0) if self.left else b""


print(list(Lines()), Lines().readlines(), Lines().closed)
base = _io._IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed)
for op in [base.fileno, lambda: base.seek(0), base.truncate]:
    try:
        op()
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e)
base.close()
try:
    base.flush()
except ValueError as e:
    print(type(e).__name__, e)
