# assigning to __debug__ in every target form, annotated ones included: CPython's errors and positions
for src in ["object.__debug__: int", "from __future__ import annotations\nobject.__debug__: int",
            "object.__debug__: int = 1", "x.__debug__ = 1", "del x.__debug__", "def f(): x.__debug__: int",
            "__debug__: int", "class C:\n  __debug__: int", "(x).__debug__ += 1", "f(__debug__=1)", "x.__debug__"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
for src in ["__debug__: int = 1", "x.__debug__: int = 1", "class C:\n  __debug__: int = 2", "def f():\n  __debug__: int",
            "def f():\n  (__debug__): int", "(x.__debug__): int", "x[__debug__]: int", "for __debug__ in x: pass",
            "with x as __debug__: pass", "import __debug__", "import x as __debug__", "def __debug__(): pass",
            "class __debug__: pass", "lambda __debug__: 1", "[__debug__ := 1]", "x.__debug__ += 1"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
