# Source bytes without a coding cookie may hold bytes that are not UTF-8 in comments: compile()
# of bytes and an import (importlib compiles a module's bytes) accept them, as CPython's string
# tokenizer decodes only names and literals. (Running such a file directly is an error in both.)
import os
import sys
import tempfile

for src in (b"# caf\xe9\nx = 1\n", b"x = 1  # \xff\xfe\n", b"x = '#' + 'a'  # \xe9\n",
            b"s = \"it's\"  # \xe9\nx = s\n", b"x = '''\n'''  # \xe9\n", b"# \xe9\nx = '\xc3\xa9'\n"):
    ns = {}
    exec(compile(src, "<bytes>", "exec"), ns)
    print(ascii(ns["x"]))

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "latin_comment_mod.py"), "wb") as f:
        f.write(b"# Auteur: Fran\xe7ois\nvalue = 42\n")
    sys.path.insert(0, d)
    try:
        import latin_comment_mod
        print(latin_comment_mod.value)
    finally:
        sys.path.remove(d)
