# The encoding and errors arguments of text files.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    text = "naïve café\nZürich\n"
    for enc in ["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "UTF8", "ascii"]:
        try:
            with open(TMP, "w", encoding=enc) as f:
                print(enc, f.encoding, f.write(text))
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e)
            continue
        with open(TMP, "rb") as f:
            data = f.read()
            print(len(data), data[:6])
        with open(TMP, encoding=enc) as f:
            print(f.read() == text)
        with open(TMP, encoding=enc) as f:
            print(f.readlines())
    with open(TMP, "w", encoding="ascii", errors="replace") as f:
        print(f.errors, f.write("a\u00e9b\u20acc"))
    with open(TMP, "rb") as f:
        print(f.read())
    with open(TMP, "w", encoding="ascii", errors="ignore") as f:
        f.write("x\u00e9y")
    with open(TMP, "rb") as f:
        print(f.read())
    with open(TMP, "w", encoding="latin-1", errors="backslashreplace") as f:
        f.write("\u00e9\u20ac")
    with open(TMP, "rb") as f:
        print(f.read())
    with open(TMP, "wb") as f:
        f.write(b"ok \xff\xfe bad\n")
    with open(TMP, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(TMP, encoding="utf-8", errors="ignore") as f:
        print(repr(f.read()))
    with open(TMP, encoding="latin-1") as f:
        print(repr(f.read()))
    with open(TMP, "w", encoding="utf-16") as f:
        f.write("ab")
        f.write("cd")
    with open(TMP, "rb") as f:
        print(f.read())
    with open(TMP, "a", encoding="utf-16") as f:
        f.write("ef")
    with open(TMP, encoding="utf-16") as f:
        print(repr(f.read()))
    mixed = "".join(chr(0x41 + i % 26) + "\u00e9\u4e2d\U0001F600" for i in range(3000))
    with open(TMP, "w", encoding="utf-8") as f:
        f.write(mixed)
    with open(TMP, encoding="utf-8") as f:
        got = []
        while True:
            piece = f.read(777)
            if not piece:
                break
            got.append(piece)
        print(len(got), "".join(got) == mixed)
    try:
        open(TMP, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, "rb", errors="strict")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        open(TMP, "rb", newline="")
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    posix.remove(TMP)
