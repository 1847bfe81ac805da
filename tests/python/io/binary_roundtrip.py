# Binary files: buffered and raw streams, read/readinto/peek/read1, seek and tell.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))


def shown(f):
    return repr(f).replace(repr(TMP), "TMP")


try:
    data = bytes(range(256)) * 40 + b"\r\n end"
    with open(TMP, "wb") as f:
        print(type(f).__name__, f.mode, f.write(data), f.write(b""), f.write(bytearray(b"++")))
        print(shown(f), shown(f.raw), f.raw.mode, f.raw.closefd)
        print(f.tell(), f.writable(), f.readable(), f.seekable())
    with open(TMP, "rb") as f:
        print(type(f).__name__, shown(f))
        head = f.read(5)
        print(head, f.tell())
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.tell())
        print(len(f.peek()) > 0, f.read1(3), f.tell())
        print(f.seek(-6, 2), f.read(), f.read(), f.tell())
        print(f.seek(10), f.seek(5, 1), f.read(2))
        print(f.seek(0), f.readline(12), f.tell())
        rest = f.read()
        print(len(rest), rest[-8:])
    with open(TMP, "rb") as f:
        lines = list(f)
        print(len(lines), lines[-1], lines[0][:3])
    with open(TMP, "rb", buffering=0) as f:
        print(type(f).__name__, shown(f), f.read(3), f.tell(), f.readall()[-4:])
        print(f.seek(0), f.read(2), f.closefd)
    with open(TMP, "r+b") as f:
        print(type(f).__name__, f.mode)
        print(f.read(2))
        f.write(b"XY")
        print(f.tell())
        f.seek(0)
        print(f.read(6))
        print(f.truncate(4), f.tell())
        f.seek(0)
        print(f.read())
    with open(TMP, "ab") as f:
        print(f.mode, f.tell(), f.write(b"tail"))
    with open(TMP, "rb") as f:
        print(f.read())
    with open(TMP, "wb") as f:
        f.writelines([b"a\n", bytearray(b"b\n"), b"c"])
    with open(TMP, "rb") as f:
        print(f.readlines())
    with open(TMP, "rb") as f:
        print(f.readlines(2))
    with open(TMP, "w+b") as f:
        print(f.mode, f.read(), f.write(b"12345"), f.seek(1), f.read(2))
    import _io
    raw = _io.FileIO(TMP, "r")
    print(shown(raw), raw.read(), raw.closed)
    raw.close()
    print(raw.closed, repr(raw))
    r = _io.BufferedReader(_io.FileIO(TMP))
    print(r.read(3), r.raw.name == TMP)
    r.close()
    print(r.closed, r.raw.closed)
finally:
    posix.remove(TMP)
