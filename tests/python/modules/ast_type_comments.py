# ast.parse(..., type_comments=True) fills type_comment fields and Module.type_ignores;
# mode='func_type' parses a function type comment into ast.FunctionType. Errors as CPython's.
import ast

CASES = [
    "x = y = 1 #type:int\n",
    "x = 1  # type: int\n# type: ignore\n",
    "def f(a,  # type: int\n      b=2  # type: str\n      ):  # type: (...) -> None\n  pass\n",
    "def foo():\n    # type: () -> àçčéñt\n    pass\n",
    "def f(*, a, # type: int\n  **k): pass\n",
    "def f(\n    a,  # type: A\n    /,\n    *v,  # type: V\n    **k  # type: K\n):\n    pass\n",
    "for a in []:  # type: int\n    pass\nelse:\n    pass\n",
    "with context() as a, b:  # type: int\n    pass\n",
    "async def f():\n  async for x in y:  # type: int\n    pass\n  async with a:  # type: int\n    pass\n",
    "def foo():\n    pass  # type: ignore\n    pass  # type: ignore[excuse]\n    x = 1  #  type:  ignore  \n",
    "# type: ignore=excuse\nx = 1\n",
    "x = 1  # not a type: int\n",
    # misplaced type comments are syntax errors when type comments are on
    "pass  # type: int\n", "foo()  # type: int\n", "x += 1  # type: int\n",
    "while True:  # type: int\n  continue\n", "x = 1\n# type: int\ny = 2\n",
    "pass  # type: ignorewhatever\n", "pass  # type: ignoreé\n",
    "def f():  # type: () -> int\n    # type: () -> str\n    return ''\n",
    "x: int = 1  # type: int\n", "lambda a: 1  # type: int\n", "x = [\n  1, # type: int\n]\n",
    "f(a,  # type: int\n  b)\n",
    "def f(*, # type: int\n  a): pass\n", "def f(*,  # type: int\n): pass\n",
]
for s in CASES:
    print(repr(s))
    try:
        print("  ", ast.dump(ast.parse(s, type_comments=True), include_attributes=True))
    except SyntaxError as e:
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno)
    # without type comments they are ordinary comments
    try:
        tree = ast.parse(s)
    except SyntaxError as e:
        print("   off:", e.msg)
        continue
    print("   off:", [getattr(n, "type_comment", None) for n in ast.walk(tree) if getattr(n, "type_comment", None)],
          tree.type_ignores)

FUNC_TYPES = [
    "() -> int", "(int) -> List[str]", "(int, *str, **Any) -> float", "(*int) -> None", "(**int) -> None",
    "(*int, **str) -> None", "() -> int\n\n", "(a, b) -> Tuple[int, ...]",
    "(int, *str, *Any) -> float", "(**int, **str) -> float", "(int, **str, Any) -> float",
    "int -> str", "(x=1) -> y", "(*a, **b) -> yield",
]
for s in FUNC_TYPES:
    print(repr(s))
    try:
        print("  ", ast.dump(ast.parse(s, "<unknown>", "func_type"), include_attributes=True))
    except SyntaxError as e:
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for args in [("x", "f", "func_type"), ("x", "f", "bogus")]:
    try:
        compile(*args)
    except ValueError as e:
        print(type(e).__name__, e)
tree = compile("(int) -> str", "f", "func_type", ast.PyCF_ONLY_AST)
print(type(tree).__name__, tree._fields, ast.unparse(tree))
