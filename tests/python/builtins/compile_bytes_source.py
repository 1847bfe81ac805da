# compile(), exec() and eval() of bytes decode them as source: a UTF-8 BOM is dropped, a PEP 263
# coding cookie is obeyed, undecodable UTF-8 is the literal's (unicode error).
print(eval(b"\xef\xbb\xbf1+1"))
exec(b"# -*- coding: latin-1 -*-\nx=\"\xe9\"\nprint(ascii(x))")
exec("x=\"\xe9\"\nprint(ascii(x))".encode())
exec(b"\xef\xbb\xbfprint('bom')")
print(compile(b"\xef\xbb\xbfx = 1\n", "f.py", "exec").co_filename)
for src in [b"\xef\xbb\xbf# coding: latin-1\n", b"x=\"\xff\"", b"\n\nx = '\xc3'\n", b"# coding: nosuch\nx=1", b"x = 1\x00"]:
    try:
        compile(src, "name.py", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.filename)
