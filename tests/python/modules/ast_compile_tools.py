# The ways tools use compile() on trees: NodeTransformer rewrites, hand-built trees with
# fix_missing_locations, literal_eval, unparse round trips, assertion rewriting as pytest does.
import ast


class Doubler(ast.NodeTransformer):
    """Every int constant doubled."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = Doubler().visit(ast.parse("x = 1 + 2\nprint(x, [3, 4], 'five')"))
exec(compile(tree, "<doubled>", "exec"))


class NameToCall(ast.NodeTransformer):
    """Rewrites reads of `v` into calls `get('v')`, creating new nodes without positions."""

    def visit_Name(self, node):
        if node.id == "v" and isinstance(node.ctx, ast.Load):
            return ast.Call(ast.Name("get", ast.Load()), [ast.Constant(node.id)], [])
        return node


tree = ast.fix_missing_locations(NameToCall().visit(ast.parse("print(v + 1, [v for _ in 'ab'])")))
exec(compile(tree, "<calls>", "exec"), {"get": lambda n: 10})

# a function built by hand
fn = ast.FunctionDef(
    name="add",
    args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], vararg=None, kwonlyargs=[],
                       kw_defaults=[], kwarg=None, defaults=[ast.Constant(10)]),
    body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
    decorator_list=[], returns=None)
mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
ns = {}
exec(compile(mod, "<built>", "exec"), ns)
print(ns["add"](1, 2), ns["add"](5), ns["add"].__code__.co_filename, ns["add"].__code__.co_firstlineno)

expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))

# positions given by copy_location / increment_lineno reach tracebacks
tree = ast.parse("a = 1\nb = a / 0\n")
ast.increment_lineno(tree, 10)
try:
    exec(compile(tree, "<inc>", "exec"), {})
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

# literal_eval
for s in ["[1, 2.5, -3, 'x', b'y', (None, True), {'k': {1, 2}}]", "-1+2j", "{1: 2, 3: 4}", "()", "set()"]:
    print(ast.literal_eval(s))
for bad in ["f(1)", "1 + x", "[1, 2][0]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])

# unparse round trips
SRC = """\
def f(a, /, b: int = 2, *args, c, **kw) -> None:
    '''doc'''
    global g
    x = [i for i in y] if a else {k: v for k, v in z}
    with open(a) as f, b:
        pass
    try:
        pass
    except* E as e:
        raise X from e
    match p:
        case [1, *rest] | {'k': _, **rest} if rest:
            pass
        case Point(x=0, y=1) as pt:
            pass
    return f'{a!r:>{b}} {c=}'
class C(B, metaclass=M):
    x: int = 1
    del a[1:2, ::3], b.c
lambda *, k=1: (k, k)
"""
tree = ast.parse(SRC)
again = ast.parse(ast.unparse(tree))
print(ast.dump(tree) == ast.dump(again))
code = compile(again, "<unparsed>", "exec")
print(sorted(c.co_name for c in code.co_consts if hasattr(c, "co_name")))


# assertion rewriting in the style of pytest: assert x == y becomes an if/raise with the values
class AssertRewriter(ast.NodeTransformer):
    def visit_Assert(self, node):
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left = ast.Name("@left", ast.Store())
            right = ast.Name("@right", ast.Store())
            new = [
                ast.Assign([left], test.left),
                ast.Assign([right], test.comparators[0]),
                ast.If(ast.UnaryOp(ast.Not(), ast.Compare(ast.Name("@left", ast.Load()), test.ops,
                                                         [ast.Name("@right", ast.Load())])),
                       [ast.Raise(ast.Call(ast.Name("AssertionError", ast.Load()), [
                           ast.JoinedStr([ast.Constant("assert "), ast.FormattedValue(ast.Name("@left", ast.Load()), ord("r"), None),
                                          ast.Constant(" == "), ast.FormattedValue(ast.Name("@right", ast.Load()), ord("r"), None)])
                       ], []), None)], []),
            ]
            return [ast.copy_location(n, node) for n in new]
        return node


tree = ast.parse("def test():\n    a = [1, 2]\n    assert a == [1, 3]\ntest()\n")
tree = ast.fix_missing_locations(AssertRewriter().visit(tree))
try:
    exec(compile(tree, "test_x.py", "exec"), {})
except AssertionError as e:
    print("AssertionError", e, e.__traceback__.tb_next.tb_next.tb_lineno)

# the interactive mode prints expression statements
exec(compile(ast.Interactive([ast.Expr(ast.Constant("shown"))]).__class__(
    body=[ast.fix_missing_locations(ast.Expr(ast.Constant("shown")))]), "<i>", "single"))
