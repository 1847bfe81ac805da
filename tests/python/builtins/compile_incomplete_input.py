# compile() with PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT (what codeop passes):
# a syntax error found only once the input ran out is SyntaxError "incomplete input", in all
# three modes ('exec' input gets a newline added, 'single' and 'eval' input does not), and
# codeop.compile_command tells complete, incomplete and invalid input apart with it.
import codeop

FLAGS = 0x4000 | 0x200
CASES = [
    "(a **", "if x:", "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n", "def f():\n  pass\n",
    "'abc", "'''abc", "1 +", "1 +\n", "1 + )", "x = [1,", "a = (", "lambda x:", "@d",
    "if 1:\n  x = (", "for x in y:\n  if x:\n    pass\n", "1 if", "\\", "x = 1\\", "x = 1\\\n",
    "try:\n  pass\n", "class A:\n  pass\n", "f(", "f(x", "x = {1:", "if x: pass", "if x: pass\n",
    "match x:", "a = 1", "", "# c", "if 9==3:\n   pass\nelse:", "'\\e' + (", "1 ==",
    "a b\n", "a b  ", "a b c", "print(1", "[x for x in", "async def f():\n  await x\n",
    "a = 'a\\ ", "a = 'a\\ \n", "if 1:\n pass\n if 1:\n  pass\n else:\n",
    # an error the parse met before the input ran out is not incomplete, even inside a bracket
    'print("a" "b" c', "(1 2", "(1 2\n", "[1,\n2 3\n", "if x:\n  a b (\n", "f(a b",
    # match is a compound statement too; a last line of blanks or a comment leaves a block open
    "match x:\n  case 1:\n    pass", "match x:\n  case 1:\n    pass\n", "if 1:\n  x = 2\n  ",
    "if 1:\n  x = 2\n  # c", "if 1:\n  x = 2\n# c", "x = 1\n   ", "if x: pass\n# c",
]
for src in CASES:
    for mode in ("single", "exec", "eval"):
        try:
            compile(src, "<input>", mode, FLAGS)
            result = "ok"
        except SyntaxError as e:
            result = "%s %r %s %s %s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
        print(repr(src), mode, result)

for src in ['print("a" "b" c', "match 1:\n  case 1:\n    print(1)", "if 1:\n  x = 2\n  # comment",
            "if x:", "if x:\n  pass", "if x:\n  pass\n", "x = (1,", "x = 1", "a b", "1 + )", "def f():\n  return 1\n\n",
            "a = 9+ \\", "a = '''xy", "for i in range(3):", "print('hi')", "class C:\n  x = 1\n"]:
    try:
        code = codeop.compile_command(src)
        print(repr(src), "incomplete" if code is None else "complete")
    except SyntaxError as e:
        print(repr(src), "invalid:", e.msg)
