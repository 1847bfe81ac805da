# Text tell()/seek() cookies, and the binary positions under them.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    with open(TMP, "w", encoding="utf-8") as f:
        print(f.tell())
        f.write("héllo\n")
        print(f.tell())
        f.write("wörld\r\n€uro\n")
        print(f.tell(), f.seek(0, 1), f.seek(0, 2))
    with open(TMP, encoding="utf-8") as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks, f.tell())
        for pos, line in reversed(marks):
            print(f.seek(pos), repr(f.readline()) == repr(line))
        f.seek(0)
        print(repr(f.read(2)), f.tell(), repr(f.read(1)), f.tell())
        cookie = f.tell()
        rest = f.read()
        f.seek(cookie)
        print(f.read() == rest, f.seek(0, 2), repr(f.read()))
        try:
            f.seek(3, 1)
        except Exception as e:
            print(type(e).__name__, e)
        try:
            f.seek(-1, 2)
        except Exception as e:
            print(type(e).__name__, e)
        try:
            f.seek(-1)
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            f.seek(0, 3)
        except ValueError as e:
            print(type(e).__name__, e)
    with open(TMP, encoding="utf-8") as f:
        for line in f:
            try:
                f.tell()
            except OSError as e:
                print(type(e).__name__, e)
            break
        print(repr(f.readline()))
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        print(f.seek(0), f.tell(), f.read().count("\n"), f.tell() > 0)
    with open(TMP, "rb") as f:
        print(f.seek(3), f.tell(), f.read(2), f.tell(), f.seek(-2, 1), f.read(4), f.seek(-3, 2), f.read())
        try:
            f.seek(-100)
        except OSError as e:
            print(type(e).__name__, e)
        try:
            f.seek(0, 5)
        except ValueError as e:
            print(type(e).__name__, e)
    with open(TMP, "r+", encoding="utf-8") as f:
        f.seek(0, 2)
        end = f.tell()
        f.write("end\n")
        print(end, f.tell())
        f.seek(0)
        print(f.read().count("\n"))
finally:
    posix.remove(TMP)
