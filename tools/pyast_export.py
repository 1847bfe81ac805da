#!/usr/bin/env python3
"""Print CPython's AST of a Python source file in a compact text form that Taipan's tests read
back into org.taipan.ast records (SymbolTableTest uses it so it does not depend on our parser).

Usage: pyast_export.py FILE...  (several files: each output follows a line "=== FILE")

Grammar: node = "(" Name field* [pos] ")"; list = "[" item* "]"; "#Name" an operator or
context singleton; strings are JSON strings; None, True, False, integers; constants "%f<hex
float>", "%j<hex float>" (imaginary), "%b<hex bytes>", "%e" (Ellipsis). pos = "@" line col end_line end_col, with columns
in code points (CPython's AST has UTF-8 byte columns).
"""
import ast
import json
import sys

RENAMES = {"Expr": "ExprStmt", "List": "ListExpr", "arguments": "Arguments", "arg": "Arg",
           "keyword": "Keyword", "alias": "Alias", "comprehension": "Comprehension",
           "ExceptHandler": "ExceptHandler", "match_case": "MatchCase", "withitem": "WithItem"}


def char_col(lines, lineno, byte_col):
    if lineno is None or lineno < 1 or lineno > len(lines):
        return byte_col
    return len(lines[lineno - 1].encode("utf-8")[:byte_col].decode("utf-8", "replace"))


def emit(node, lines, out):
    if isinstance(node, list):
        out.append("[")
        for item in node:
            emit(item, lines, out)
        out.append("]")
    elif isinstance(node, ast.AST):
        name = type(node).__name__
        if not node._fields and not node._attributes:
            out.append("#" + name)
            return
        out.append("(" + RENAMES.get(name, name))
        for field in node._fields:
            if field == "type_ignores":
                continue
            value = getattr(node, field, None)
            if name == "Constant" and field == "value":
                if value is None or isinstance(value, (bool, int, str)):
                    emit(value, lines, out)
                elif isinstance(value, float):
                    out.append("%f" + value.hex())
                elif isinstance(value, complex):
                    out.append("%j" + value.imag.hex())
                elif isinstance(value, bytes):
                    out.append("%b" + value.hex())
                elif value is Ellipsis:
                    out.append("%e")
                else:
                    out.append("?")
            else:
                emit(value, lines, out)
        if "lineno" in node._attributes:
            out.append("@%d %d %d %d" % (node.lineno, char_col(lines, node.lineno, node.col_offset),
                                         node.end_lineno, char_col(lines, node.end_lineno, node.end_col_offset)))
        out.append(")")
    elif node is None or isinstance(node, bool):
        out.append(repr(node))
    elif isinstance(node, int):
        out.append(str(node))
    elif isinstance(node, str):
        out.append(json.dumps(node))
    else:
        out.append("?")


def export_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        tree = ast.parse(source, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        print(f"Traceback: {type(e).__name__}: {e}")
        return
    lines = source.splitlines()
    out = []
    emit(tree, lines, out)
    print(" ".join(out))


def main():
    paths = sys.argv[1:]
    for path in paths:
        if len(paths) > 1:
            print("=== " + path)
        export_file(path)


if __name__ == "__main__":
    main()
