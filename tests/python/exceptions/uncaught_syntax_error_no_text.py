# A compile-time (symbol table) SyntaxError from exec() has text None: the traceback shows
# its File line but no source line and no caret.
try:
    exec("def f(a):\n    global a\n")
except SyntaxError as e:
    print(repr(e.text), e.lineno, e.offset, str(e))
exec("def g(b):\n    global b\n")
