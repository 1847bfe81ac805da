# An unknown or contradicted source encoding is a SyntaxError located at (filename, 0, -1, None),
# end_lineno and end_offset None, from compile() and from import alike (importlib compiles the
# bytes, so an unknown cookie says "unknown encoding" there too); a traceback shows "line 0".
# A declared encoding is decoded as the codec registry decodes it, its failures in its words.
import os
import subprocess
import sys
import tempfile


def show(e, base=None):
    args = e.args
    if base:
        args = (args[0], (os.path.basename(args[1][0]),) + tuple(args[1][1:]))
    print(type(e).__name__, args, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


for src in (b"#coding: nope\nx = 1\n", b"\xef\xbb\xbf#coding: latin1\nx = 1\n",
            b"\xef\xbb\xbf# -*- coding: utf8 -*-\nx = 1\n", b"\xef\xbb\xbf#coding: utf-8\nx = 1\n"):
    try:
        compile(src, "<bytes>", "exec")
        print("compiled")
    except SyntaxError as e:
        show(e)

# an encoding the codec registry has but cannot decode with (not a text encoding, a bad byte):
# the codec's message; encodings only Python's codecs have work
for src in (b"#coding: rot13\nx = 1\n", "#coding: ascii\nx = '\u00e9'\n".encode("utf-8"),
            b"# -*- coding: cp1252 -*-\nx = '\x81'\n", b"# coding: utf-16\nx = 1\n",
            b"# coding: hp_roman8\nx = '\xc0\xd1'\n", b"# coding: ptcp154\nx = '\xc0'\n",
            b"# vim: set fileencoding=latin-1 :\nx = '\xe9'\n"):
    try:
        ns = {}
        exec(compile(src, "<bytes>", "exec"), ns)
        print("x =", ascii(ns["x"]))
    except SyntaxError as e:
        show(e)

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "unknowncookie.py"), "wb") as f:
        f.write(b"# -*- coding: no-such-codec -*-\nx = 1\n")
    with open(os.path.join(d, "bomlatin.py"), "wb") as f:
        f.write(b"\xef\xbb\xbf#coding: latin-1\nx = 1\n")
    with open(os.path.join(d, "romancookie.py"), "wb") as f:
        f.write(b"# coding: hp_roman8\nx = '\xc0\xd1'\n")
    with open(os.path.join(d, "asciicookie.py"), "wb") as f:
        f.write(b"# coding: ascii\nx = '\xc3\xa9'\n")
    with open(os.path.join(d, "badbytes.py"), "wb") as f:
        f.write(b'x = "\xff"\n')
    with open(os.path.join(d, "main.py"), "w") as f:
        f.write("import unknowncookie\n")
    sys.path.insert(0, d)
    try:
        for name in ("unknowncookie", "bomlatin", "badbytes", "romancookie", "asciicookie"):
            try:
                print(name, ascii(__import__(name).x))
            except SyntaxError as e:
                if name == "badbytes":
                    print(type(e).__name__, e.msg, e.lineno)
                else:
                    show(e, d)
    finally:
        sys.path.remove(d)
    r = subprocess.run([sys.executable, os.path.join(d, "main.py")], capture_output=True, text=True)
    print(r.returncode, r.stderr.replace(d + os.sep, "").splitlines()[-2:])
