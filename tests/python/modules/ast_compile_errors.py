# compile() of an AST object: conversion errors (CPython's obj2ast_*), in CPython's order.
import ast
import re
import sys


def t(node, mode="exec"):
    try:
        compile(node, "<x>", mode)
        print("ok")
    except Exception as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))


P = dict(lineno=1, col_offset=0)
C = lambda v: ast.Constant(v, **P)
N = lambda v, c=ast.Load(): ast.Name(v, c, **P)
E = lambda e: ast.Module([ast.Expr(e, **P)], [])

t(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
t(ast.Module([ast.Expr(N("x"))], []))
t(E(N("x")))
t(E(N("x", ast.Store())))
t(E(N(1)))
t(E(C([1])))
t(E(ast.Constant(1, lineno="1", col_offset=0)))
t(ast.Module([ast.Expr(C(1), **P)]))
t(ast.Module(5, []))
t(ast.Module((), []))
t(ast.Module([5], []))
t(ast.Module([ast.Expr(None, **P)], []))
t(ast.Module([ast.Expr(ast.Load(), **P)], []))
t(ast.Expression(C(1)), "exec")
t(ast.Module([], []), "eval")
t(ast.Interactive([]), "exec")
t(ast.Module(), "exec")
t(ast.Expression(), "eval")
t(5)
t(ast.Load())
t(E(ast.BinOp(C(1), ast.Load(), C(1), **P)))
t(E(ast.BinOp(C(1), ast.Add, C(1), **P)))
t(E(ast.Constant(2**70, lineno=2**70, col_offset=0)))
t(E(C((1, [2]))))
t(E(C(frozenset({1, (2, b"x")}))))
t(E(C((1, 2.5, None, ..., "s", b"b", 3j, True))))
t(ast.Module([ast.ImportFrom("x", [ast.alias("y")], 0, **P)], []))
t(ast.Module([ast.ImportFrom("x", [ast.alias(5)], 0, **P)], []))
t(ast.Module([ast.ImportFrom("x", [ast.alias("y", **P)], -1, **P)], []))
t(E(ast.Constant(1, lineno=True, col_offset=0)))


class S(str):
    pass


t(E(N(S("x"))))
t(E(C(S("x"))))
t(E(ast.Constant(1, "k", **P)))
t(E(ast.Constant(1, 5, **P)))
t(E(ast.Name("x", ast.Load(), lineno=None, col_offset=0)))
t(E(ast.Name("x", ast.Load(), lineno=1.0, col_offset=0)))
t(E(ast.Name("x", ast.Load(), lineno=3, col_offset=4, end_lineno=2)))
t(E(ast.Name("x", ast.Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=2)))
t(E(ast.Name("x", ast.Load(), lineno=1, col_offset=-4, end_col_offset=3)))
t(ast.Module([ast.Expr(C(1), **P)], None))
t(ast.Module([ast.Expr(C(1), **P)], [None]))
t(ast.Module([ast.Expr(C(1), **P), None], []))
t(ast.Module([ast.Pass(**P), N("x")], []))
args = ast.arguments([], [], None, [], [], None, [])
t(ast.Module([ast.FunctionDef(None, args, [ast.Pass(**P)], [], **P)], []))
t(ast.Module([ast.FunctionDef("f", None, [ast.Pass(**P)], [], **P)], []))
t(ast.Module([ast.FunctionDef("f", ast.arguments(), [ast.Pass(**P)], [], **P)], []))
t(ast.Module([ast.FunctionDef("f", args, [ast.Pass(**P)], **P)], []))
t(ast.Module([ast.FunctionDef("f", args, [ast.Pass(**P)], [], **P)], []))
t(E(ast.Call(N("f"), 5, [], **P)))
t(E(ast.Call(N("f"), [], [ast.keyword("a", C(1))], **P)))
t(E(ast.Call(N("f"), [], [ast.keyword(5, C(1), **P)], **P)))
t(E(ast.Compare(C(1), [ast.Lt, ast.Gt()], [C(2), C(3)], **P)))
t(E(ast.JoinedStr([ast.FormattedValue(C(1), -1, None, **P)], **P)))
t(E(ast.JoinedStr([ast.FormattedValue(C(1), "r", None, **P)], **P)))
t(E(ast.JoinedStr([ast.FormattedValue(C(1), 5, None, **P)], **P)))
t(ast.Module([ast.Match(N("x"), [ast.match_case(ast.MatchValue(C(1)), None, [ast.Pass(**P)])], **P)], []))


class Growing(list):
    pass


body = Growing([ast.Pass(**P)])
class Sneaky(ast.Pass):
    @property
    def lineno(self):
        body.append(ast.Pass(**P))
        return 1
body.append(Sneaky(col_offset=0))
t(ast.Module(body, []))

sys.setrecursionlimit(200)
e = C(1)
for i in range(300):
    e = ast.UnaryOp(ast.USub(), e, **P)
t(ast.Expression(e), "eval")
