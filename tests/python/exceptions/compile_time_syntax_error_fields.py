# SyntaxErrors found after parsing (symbol table, code generation) by compile() and exec():
# the offsets are UTF-8 byte columns and the text is None for a source that is no file.

SOURCES = [
    "x = 1\ndef f():\n    nonlocal x\n",
    "def f():\n  return\nyield 1\n",
    "def f(a):\n    global a\n",
    "class C:\n    await x\n",
    "def f():\n    x = 1\n    global x\n",
    "\u00e9 = 1\ndef f():\n    \u00e9 = 2; nonlocal \u00e9\n",
    "def f():\n    '\u00fc\u00fc'; nonlocal zz\n",
    "x = (1 +\n",
]

for src in SOURCES:
    for how in ("compile", "exec"):
        try:
            if how == "compile":
                compile(src, "<src>", "exec")
            else:
                exec(src)
        except SyntaxError as e:
            print(how, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
            print(" ", str(e))
