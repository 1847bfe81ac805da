# SyntaxErrors of CPython's second-pass rules: missing default values (lambdas too), a parenthesized
# with header without ':', positional class patterns after keyword ones
for src in ["lambda a=1,d=,c: None", "lambda a,d=,c: None", "lambda a=: None", "lambda a=)", "lambda *, a=, b: 0",
            "lambda a=,: 0", "def f(a=,): pass", "def f(a=): pass", "def f(*, a=, b): pass", "def f(a, d=, c): pass",
            "lambda a, /, b=, c: 0", "x = lambda a=2, b=: 1"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
for src in ["with (blech as something)\n  pass\n", "with (blech)\n  pass\n", "with (blech, block as something)\n  pass\n",
            "with (blech, block as something, bluch)\n  pass\n", "with (a as b, c as d)\n  pass\n", "with (a as b,)\n  pass\n",
            "async def f():\n  async with (a as b)\n    pass\n", "with (a as b) x:\n  pass\n", "with (a as b) as c\n  pass\n",
            "match ...:\n  case C(a=b, c, d=e, f, g=h, i, j=k, ...):\n    ...\n",
            "match ...:\n  case Foo(z=1, x, y=2):\n    ...\n", "match ...:\n  case C(a=1, b):\n    ...\n",
            "match ...:\n  case C(a=1, *b):\n    ...\n", "match ...:\n  case C(a=1, ...):\n    ...\n",
            "match ...:\n  case C(a=1, b, ...):\n    ...\n"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["match x:\n  case C(a=1, b, 1+):\n    pass\n", "match x:\n  case C(a=1, b, c.d=2):\n    pass\n",
            "match x:\n  case C(a=1, b, c, d=[1, 2], e, f):\n    pass\n", "match x:\n  case C(a=1, b,):\n    pass\n",
            "match x:\n  case C(b, a=1):\n    pass\n"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
