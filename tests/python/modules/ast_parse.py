# ast.parse and the _ast node classes: dumps, positions (UTF-8 byte offsets), constructors, errors.
import ast
src = '''
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
    "doc"
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in kw.items()}
    async def g():
        async with a as b, c:
            await b
    return f"{x!r:>10} and {y}"
class C(Base, metaclass=M):
    @dec
    def m(self): ...
try:
    pass
except (E1, E2) as e:
    raise X from e
finally:
    del a[1:2], b.c
match p:
    case [1, *rest] if rest:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=yy) | None:
        pass
    case _:
        pass
from .. import m as n
global q
lambda x, *y: (x, y)
a if b else c
not a and b or -c ** ~d
1 < 2 <= 3 != 4 is not None
s = 'é' + "ü"; t = b'x'; z = 3j + 1.5
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(ast.parse("x = 'é' + y"), include_attributes=True))
print(ast.dump(ast.parse("a + b", mode="eval")))
print(ast.dump(ast.parse("a = 1", mode="single")))
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, n.end_lineno, ast.Name._fields, ast.expr._attributes, ast.Name.__match_args__)
try: ast.Name('x', ast.Load(), 1)
except TypeError as e: print(e)
try: ast.Name('x', id='y')
except TypeError as e: print(e)
try: ast.Name().id
except AttributeError as e: print(e)
print(ast.Constant(5).kind, ast.Constant(5).n, ast.arguments().vararg, ast.Pass().__reduce__()[0].__name__)
print(ast.BinOp.__doc__, ast.Pass.__doc__, ast.arguments.__doc__, sep="\n")
print(ast.operator.__doc__)
print(ast.literal_eval("[1, (2, 'x'), {'a': -3.5}, {4}, None, True, b'z', 1+2j]"))
try: ast.literal_eval("f(1)")
except ValueError as e: print(str(e).split(" at ")[0])
print(isinstance(ast.parse("1").body[0].value, ast.Num), ast.Load.__mro__[1].__name__, ast.AST.__module__)
for node in ast.walk(ast.parse("def f(x): return x + 1")):
    print(type(node).__name__, end=" ")
print()
class V(ast.NodeVisitor):
    def visit_Name(self, node): print("name", node.id, node.lineno, node.col_offset)
V().visit(ast.parse("a = b + c\nprint(d)"))
print(ast.get_docstring(ast.parse('def f():\n    """hi"""\n').body[0]))
print(ast.unparse(ast.parse("x = [a for a in b if a > 1]; f(*args, k=2, **kw)")))
print(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST).body[0].targets[0].id)
try: ast.parse("x = (1,")
except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno)
