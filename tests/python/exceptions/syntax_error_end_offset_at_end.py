# SyntaxError.end_offset is -1 (not None) for errors CPython's parser reports at a DEDENT or the
# end of input (indentation errors, unexpected EOF, a missing except block); other errors keep theirs.
cases = [("if True:\n", "exec"), ("if 1:\n    x\n  y\n", "exec"), ("x = (1 +\n", "exec"), ("def f():\n  return\nreturn 1\n", "exec"),
 ("for x in y:\n", "exec"), ("x = 1 +", "eval"), ("nonlocal x\n", "exec"), ("def f():\n  x = 1\n  global x\n", "exec"),
 ("f(**a, *b)\n", "exec"), ("x = 1 + \\", "exec"), ("try:\n  pass\n", "exec"), ("class A:\n", "exec"), ("break\n", "exec"),
 ("def f(a, a): pass\n", "exec"), ("async def f():\n  yield from x\n", "exec"), ("await x\n", "exec"), ("'''abc", "exec"), ("if x:\npass\n", "exec")]
for src, mode in cases:
    try:
        compile(src, "f", mode)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# the compiler's __future__ errors: the message alone as args, the location as attributes
for src in ["from __future__ import braces", "from __future__ import nope", "x=1\nfrom __future__ import division"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(e.args, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
