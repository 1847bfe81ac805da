# PEP 563 annotations keep a string's u prefix, as CPython's unparser does; ast.unparse too
import ast
exec("from __future__ import annotations\n"
     "def f(a: u'some_string', b: (u'x', 'y'), c: list[u'k'] = None) -> u'r': pass\n"
     "x: u'module level'\n"
     "print(f.__annotations__)\n"
     "print(__annotations__)\n")
for s in ["u'x'", "(u'a', 'b')", "f(u'k', b'z')"]:
    print(ast.unparse(ast.parse(s)))
