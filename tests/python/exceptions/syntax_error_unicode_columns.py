# SyntaxError offsets on lines with non-ASCII text. CPython 3.11 converts a parser error's UTF-8
# byte column to characters only when its tokenizer knows what the source was written in (a str
# given to compile, exec or eval; bytes or a file with a BOM or PEP 263 cookie). Bytes or a module
# file without either keep the byte column (the caret then points past the error).
import os
import sys
import tempfile


def check(label, src, mode="exec"):
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(label, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(label, "compiled")


check("str", 'Python = "\u1e54\xfd\u0163\u0125\xf2\xf1" +')
check("str 2", 'x = "é" + $')
check("str name", 'é = 1 +')
check("str comma", 'print("ü", 1 2)')
check("str unclosed", 'a = "日本" + (1, 2')
check("str astral", 'b = "\U0001F600" + )')
check("bytes", 'x = "é" + $'.encode())
check("bytes unclosed", 'a = "日本" + (1, 2'.encode())
check("bytes cookie cp1251", b'# -*- coding: cp1251 -*-\nPython = "\xcf\xb3\xf2\xee\xed" +')
check("bytes cookie utf-8", '# coding: utf-8\nx = "é" + $'.encode())
check("bytes BOM", b'\xef\xbb\xbf' + 'x = "é" + $'.encode())
try:
    exec('s = "ñ" $')
except SyntaxError as e:
    print("exec", e.offset, e.end_offset)
try:
    eval(b'"\xc3\xb1" $')
except SyntaxError as e:
    print("eval bytes", e.offset, e.end_offset)

# modules: imported from a file, with and without a coding cookie
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "plain_mod.py"), "wb") as f:
        f.write('x = "éé" + $\n'.encode())
    with open(os.path.join(d, "cookie_mod.py"), "wb") as f:
        f.write('# -*- coding: utf-8 -*-\nx = "éé" + $\n'.encode())
    sys.path.insert(0, d)
    for name in ("plain_mod", "cookie_mod"):
        try:
            __import__(name)
        except SyntaxError as e:
            print("import", name, e.lineno, e.offset, e.end_offset)
    sys.path.remove(d)
