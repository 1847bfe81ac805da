# ast.parse(feature_version=(3, N)) rejects syntax newer than 3.N with CPython's
# "... only supported in Python 3.N and greater" errors; compile() only honours it with PyCF_ONLY_AST.
import ast

CASES = [
    "a = b @ c\n", "a @= c\n", "f'{a}'\n", "x = 'a' F\"{b=}\"\n", "rb'x' u'y'\n", "a = 42_42\n", "1_0j\n",
    "async def f(): pass\n", "async def f():\n  [x async for x in xs]\n", "async def f():\n  await x\n",
    "async def f():\n  async for x in y: pass\n", "async def f():\n  async with a: pass\n",
    "def f(a, /): pass\n", "lambda a, /: 1\n", "(x := 1)\n", "with (a, b): pass\n", "with (a as b): pass\n",
    "with (a): pass\n", "match x:\n case 1: pass\n", "try: pass\nexcept* E: pass\n", "x: int = 1\n",
    "def f():\n  return *a, b\n", "x = yield\n", "{**a}\n", 'f"{x=}"', 'f"{x = !r:>3}"', 'f"a{b}{x=}"\n',
]
for s in CASES:
    for v in (4, 5, 6, 7, 8, 9, 10, 11):
        try:
            ast.parse(s, feature_version=(3, v))
        except SyntaxError as e:
            print(repr(s), v, e.msg, e.lineno, e.offset, repr(e.text))
            break
    else:
        print(repr(s), "ok")
# the newest version and None check nothing; without PyCF_ONLY_AST it is ignored
print(ast.dump(ast.parse("x: int = 1 @ 2", feature_version=None)))
print(ast.dump(ast.parse("(x := 1)", feature_version=(3, 12))))
print(compile("a @ b", "f", "eval", _feature_version=4).co_names)
print(ast.dump(compile("f'{a}'", "f", "eval", ast.PyCF_ONLY_AST, _feature_version=6)))
try:
    compile("f'{a}'", "f", "eval", ast.PyCF_ONLY_AST, _feature_version=5)
except SyntaxError as e:
    print(e.msg)
for s in ['f"{x=}"', 'f"{x = !r:>3}"', 'f"a{b}{x=}"\n', 'x = (y := 1) @ 2\n']:
    for v in (7, 8):
        try:
            ast.parse(s, feature_version=(3, v))
            print(repr(s), v, "ok")
        except SyntaxError as e:
            print(repr(s), v, e.msg, e.lineno, e.offset, repr(e.text))
# below 3.7, 'async' and 'await' are names outside an async def
for s in ["async = 12\nawait = 13\n", "async def f():\n  await x\n  async = 1\n", "def async(): pass\n",
          "async.x = await(1)\n", "async def f():\n  def g():\n    await x\n", "async def f(): pass\nawait = 1\n",
          "x = [async for async in await]\n", "async def f():\n  return [x async for x in y]\n", "import async\n",
          "async with x: pass\n", "def f(async=1, *await): pass\n", "f(async=1)\n"]:
    for v in (5, 6, 7):
        try:
            print(repr(s), v, ast.dump(ast.parse(s, feature_version=(3, v))))
        except SyntaxError as e:
            print(repr(s), v, e.msg, e.lineno, e.offset)
