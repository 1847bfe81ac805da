# compile() and exec inherit the caller's __future__ features unless dont_inherit, and take
# them from flags; every code object of the result carries them in co_flags.
from __future__ import annotations
import __future__

ANN = __future__.annotations.compiler_flag
print(hex(ANN), hex(__future__.division.compiler_flag))

src = "def f(x: undefined_name) -> 'other': pass\nprint(f.__annotations__)"
exec(compile(src, "<inherit>", "exec"))
try:
    exec(compile(src, "<no-inherit>", "exec", dont_inherit=True))
except NameError as e:
    print("NameError", e)
exec(src)
code = compile("def g(): pass", "<c>", "exec")
print(bool(code.co_flags & ANN), bool(code.co_consts[0].co_flags & ANN))
code = compile("x = 1", "<c>", "exec", dont_inherit=True)
print(bool(code.co_flags & ANN))
code = compile("x: int = 1", "<c>", "exec", flags=ANN, dont_inherit=True)
ns = {}
exec(code, ns)
print(ns["__annotations__"], bool(code.co_flags & ANN))
code = compile("x = 1", "<c>", "exec", flags=__future__.division.compiler_flag, dont_inherit=True)
print(hex(code.co_flags))


def inner():
    return 1


print(bool(inner.__code__.co_flags & ANN))
import ast
tree = ast.parse("def h(a: nope): pass\nprint(h.__annotations__)")
exec(compile(tree, "<ast>", "exec"))
