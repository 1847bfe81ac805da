# Decoding errors while reading text files, in the first chunk and after a chunk boundary.
import sys
import posix

TMP = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
try:
    with open(TMP, "wb") as f:
        f.write(b"good line\nbad \xff byte\n")
    for enc, errors in [("utf-8", None), ("ascii", None), ("utf-8", "replace"), ("utf-8", "backslashreplace"),
                        ("utf-8", "surrogateescape"), ("ascii", "ignore")]:
        with open(TMP, encoding=enc, errors=errors) as f:
            try:
                print(enc, errors, ascii(f.readline()), ascii(f.readline()))
            except UnicodeDecodeError as e:
                print(enc, errors, type(e).__name__, e.start, e.end, e.reason)
    with open(TMP, "wb") as f:
        f.write(b"x" * 8191 + "é".encode() + b"\n" + b"y" * 8190 + b"\xe2\x82")
    with open(TMP, encoding="utf-8") as f:
        line = f.readline()
        print(len(line), line[-2:] == "é\n")
        try:
            f.read()
        except UnicodeDecodeError as e:
            print(type(e).__name__, e.reason, e.end - e.start)
    with open(TMP, "wb") as f:
        f.write("ab€".encode("utf-16"))
    with open(TMP, encoding="utf-16") as f:
        print(ascii(f.read()))
finally:
    posix.remove(TMP)
