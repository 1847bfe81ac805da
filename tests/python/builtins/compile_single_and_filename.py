# compile(): 'single' input implies one NEWLINE at its end (and one more after DEDENTs there),
# so a compound statement ending on an unterminated line at the margin is a SyntaxError at
# column 0; the filename goes through PyUnicode_FSDecoder (str, bytes, os.PathLike, and
# bytes-like objects with a DeprecationWarning).
import warnings

SOURCES = [
    "if x: pass", "if x: pass\n", "if x: pass\n\n", "if x:\n pass", "if x:\n  pass\n",
    "for x in y: pass", "while 1: pass  # c", "with a: pass", "class C: pass",
    "\ndef f(): pass", "def f():\n   pass", "if x:\n  pass\nelse: pass", "try: pass\nexcept: pass",
    "@d\ndef f(): pass", "async def f(): pass", "match x:\n case 1: pass", "if x: pass\n# c",
    "x = 1", "1 + 2", "1; 2", "1\n2", "if x: pass\r", "if x:\n  f(x)\nelse:\n  g(x)",
]
for src in SOURCES:
    try:
        compile(src, "<s>", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args)


class Path:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return self.name


print(compile("42", Path("from_fspath.py"), "single").co_filename)
print(compile("42", Path(b"bytes_fspath.py"), "exec").co_filename)
print(repr(compile("pass", b"\xff.py", "exec").co_filename))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(compile("42", bytearray(b"ba.py"), "exec").co_filename)
    print(compile("42", memoryview(b"mv.py"), "exec").co_filename)
    print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("42", bytearray(b"ba.py"), "exec")
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
for bad in (list(b"file.py"), 3, None, Path(3), "a\0b", b"a\0b"):
    try:
        compile("pass", bad, "exec")
        print("compiled with", repr(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# After a compound statement 'single' input wants a NEWLINE (an error at what comes instead);
# after simple statements the rest is looked at as text ("multiple statements"). Errors at the
# end of 'single' and 'eval' input without a newline are at CPython's end marker (offset 0), and
# their text has no newline.
MORE = [
    ("if x: pass\nx", "single"), ("def f(): pass\n\ndef g(): pass", "single"), ("if x:\n  pass\nx", "single"),
    ("if x:\n  pass\n\nx = 1\n", "single"), ("if x: pass\n\n\nfoo()", "single"), ("if x: pass\n# c\nx", "single"),
    ("x = 1\ny = 2", "single"), ("if x: pass\n)", "single"), ("class C: pass\n@d\ndef f(): pass", "single"),
    ("if x: pass\n  y", "single"), ("x = 1\n# only a comment", "single"), ("x\n  # c\n\x0c\n\t", "single"), ("1 +", "single"), ("def f", "single"),
    ("x.", "eval"), ("import", "single"), ("1 +", "eval"), ("1 +", "exec"), ("(", "eval"), ("", "single"),
    ("", "eval"), ("f(", "eval"), ("x = ", "single"),
]
for src, mode in MORE:
    try:
        compile(src, "<s>", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.args)
