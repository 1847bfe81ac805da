#!/usr/bin/env python3
"""Print CPython's symbol tables for a Python source file in a canonical text form.

Usage: symtable_dump.py FILE...  (several files: each output follows a line "=== FILE")

One block per paragraph, children indented under their parent:
    <type> <name> line=<lineno> nested=<0|1>
      params: <ste_varnames, space separated>
      <name> <raw flags>          (one line per symbol, sorted by name)
Types are CPython's block type numbers (0 function, 1 class, 2 module). A scoping
SyntaxError prints "SyntaxError: <msg> @<lineno>:<offset>-<end_lineno>:<end_offset>".
Taipan's SymbolTableTest prints its own tables in the same form and compares.
"""
import _symtable
import sys


def dump(ste, depth, out):
    ind = "  " * depth
    out.append(f"{ind}{ste.type} {ste.name} line={ste.lineno} nested={ste.nested}")
    out.append(f"{ind}  params: {' '.join(ste.varnames)}".rstrip())
    for name in sorted(ste.symbols):
        out.append(f"{ind}  {name} {ste.symbols[name]}")
    for child in ste.children:
        dump(child, depth + 1, out)


def dump_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        top = _symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
        return
    except (ValueError, RecursionError, MemoryError) as e:
        print(f"{type(e).__name__}: {e}")
        return
    out = []
    dump(top, 0, out)
    print("\n".join(out))


def main():
    paths = sys.argv[1:]
    for path in paths:
        if len(paths) > 1:
            print("=== " + path)
        dump_file(path)


if __name__ == "__main__":
    main()
