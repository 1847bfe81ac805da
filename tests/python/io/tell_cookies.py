# Text tell() cookies as CPython builds them: decoder state at chunk starts, pending \r, BOMs.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    for content in [b"abc\r", b"a\rb\r", b"a\r\nb\r\n", b"x\ny\n", b"a\rb", b"\xc3\xa9\r\xc3\xa9"]:
        with open(TMP, "wb") as f:
            f.write(content)
        for nl in [None, "", "\r"]:
            with open(TMP, newline=nl, encoding="utf-8") as f:
                out = []
                while True:
                    out.append(f.tell())
                    if not f.readline():
                        break
                print(content, repr(nl), out)
                for cookie in out:
                    f.seek(cookie)
                    print(" ", repr(f.read()))
    parts = []
    for i in range(900):
        parts.append("l%d%s%s" % (i, "é" * (i % 7), ["\n", "\r\n", "\r"][i % 3]))
    data = "".join(parts)
    for enc in ["utf-8", "latin-1", "utf-16"]:
        with open(TMP, "w", encoding=enc, newline="") as f:
            f.write(data)
        for nl in [None, ""]:
            with open(TMP, encoding=enc, newline=nl) as f:
                marks = []
                while True:
                    t = f.tell()
                    line = f.readline()
                    if not line:
                        break
                    marks.append((t, line))
                ok = 0
                for t, line in marks[::29]:
                    f.seek(t)
                    if f.readline() == line:
                        ok += 1
                print(enc, repr(nl), len(marks), marks[-1][0], sum(t for t, _ in marks) % 1000003, ok,
                      len(marks[::29]), repr(f.newlines))
            with open(TMP, encoding=enc, newline=nl) as f:
                pos = []
                while True:
                    pos.append(f.tell())
                    if not f.read(333):
                        break
                print(len(pos), sum(pos) % 1000003)
finally:
    posix.remove(TMP)
