# _io.StringIO and _io.BytesIO: reading, writing, positions, newline modes, subclasses.
import _io

s = _io.StringIO("first\nsecond\nthird")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
print(s.seek(0), list(s), s.tell())
print(s.write("!"), repr(s.getvalue()), s.seek(2), s.write("XY"), repr(s.getvalue()))
print(s.seek(30), s.write("far"), repr(s.getvalue()[-8:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.truncate(), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
u = _io.StringIO("\U0001F600é")
print(len(u.getvalue()), u.read(1), u.tell(), u.read(), u.tell())
print(repr(_io.StringIO().getvalue()), repr(_io.StringIO(None).read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = _io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), repr(t.newlines))
    t = _io.StringIO(newline=nl)
    t.write("x\ny\r\n")
    print(repr(nl), repr(t.getvalue()))
s.close()
print(s.closed)
for op in [s.read, s.getvalue, s.tell, lambda: s.write("x"), s.readline, lambda: s.seek(0)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    _io.StringIO().write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    _io.StringIO(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    _io.StringIO("abc").seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    _io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)

b = _io.BytesIO(b"line1\nline2\nrest")
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read())
print(b.seek(0), list(b), b.seek(-4, 2), b.read(2), b.seek(-1, 1), b.read())
print(b.write(b"++"), b.getvalue(), b.seek(20), b.write(b"z"), b.getvalue()[-6:])
ba = bytearray(5)
b.seek(0)
print(b.readinto(ba), ba, b.read1(3), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.readable(), b.writable(), b.seekable())
b.writelines([b"a", bytearray(b"b")])
print(b.getvalue())
b.close()
try:
    b.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    _io.BytesIO().write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    _io.BytesIO().seek(-1)
except ValueError as e:
    print(type(e).__name__, e)


class Upper(_io.StringIO):
    def write(self, text):
        return super().write(text.upper())


class Counting(_io.BytesIO):
    def __init__(self, data=b""):
        super().__init__(data)
        self.reads = 0

    def read(self, n=-1):
        self.reads += 1
        return super().read(n)


w = Upper()
print("hello", "world", file=w)
w.writelines(["a", "b\n"])
print(repr(w.getvalue()), isinstance(w, _io.StringIO), type(w).__name__, Upper.__mro__[1:3])
c = Counting(b"12345")
print(c.read(2), c.read(), c.reads, c.getvalue())
with Upper("x") as w2:
    print(w2.closed)
print(w2.closed)
print(issubclass(_io.StringIO, _io._TextIOBase), issubclass(_io.BytesIO, _io._BufferedIOBase),
      issubclass(_io.FileIO, _io._RawIOBase), issubclass(_io.TextIOWrapper, _io._IOBase))
print(_io.DEFAULT_BUFFER_SIZE, _io.StringIO.__module__, _io.StringIO.__name__, _io.TextIOWrapper)
