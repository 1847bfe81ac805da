#!/usr/bin/env python3
"""Write random programs that stress Python's scoping rules, for comparing symbol tables.

Usage: scope_fuzz.py COUNT SEED OUTDIR

Programs nest functions (with annotated parameters, decorators, async), classes, lambdas,
comprehensions and generator expressions, and mix walrus, global/nonlocal, del, imports,
except/with/for/match targets, annotations, yield and await over a few names (one private,
plus super() and __class__); some start with `from __future__ import annotations`. Many are
scoping SyntaxErrors on purpose. The same COUNT and SEED always give the same programs.
"""
import os
import random
import sys

NAMES = ["a", "b", "c", "__p", "x"]
def name(): return random.choice(NAMES)
def expr(d):
    r = random.random()
    if d > 3 or r < 0.3: return random.choice(NAMES + ["super()", "__class__", "None"])
    k = random.randrange(9)
    if k == 0: return random.choice([f"(lambda {name()}, {name()}2=({expr(d+1)}): {expr(d+1)})", f"(lambda {name()}, *{name()}2: {expr(d+1)})"])
    if k == 1:
        kind = random.choice(["[{e} for {t} in {i}{more}]", "({e} for {t} in {i}{more})", "{{{e} for {t} in {i}{more}}}", "{{{e}: 1 for {t} in {i}{more}}}"])
        more = random.choice(["", f" for {name()} in {expr(d+1)}", f" if {expr(d+1)}"])
        return kind.format(e=expr(d+1), t=name(), i=expr(d+1), more=more)
    if k == 2: return f"({name()} := {expr(d+1)})"
    if k == 3: return f"({expr(d+1)} + {expr(d+1)})"
    if k == 4: return f"{expr(d+1)}.attr"
    if k == 5: return f"f({expr(d+1)}, k={expr(d+1)})"
    if k == 6: return f"(yield {expr(d+1)})"
    if k == 7: return f"(await {expr(d+1)})"
    return name()
def stmts(d, ind, inclass=False):
    out = []
    for _ in range(random.randint(1, 4)):
        out.extend(stmt(d, ind, inclass))
    return out
def stmt(d, ind, inclass):
    p = "    " * ind
    k = random.randrange(16 if d < 3 else 9)
    if k == 0: return [f"{p}{name()} = {expr(d)}"]
    if k == 1: return [f"{p}{expr(d)}"]
    if k == 2: return [f"{p}global {name()}"]
    if k == 3: return [f"{p}nonlocal {name()}"] if d > 0 else [f"{p}pass"]
    if k == 4: return [f"{p}del {name()}"]
    if k == 5: return [f"{p}{random.choice([name(), '(' + name() + ')', name() + '.y'])}: {expr(d+2)}" + random.choice(["", " = 1"])]
    if k == 6: return [f"{p}for {name()}, {name()} in {expr(d)}:", f"{p}    pass"]
    if k == 7: return [f"{p}import {random.choice(['m', 'm.n', 'm as ' + name()])}"]
    if k == 8: return [f"{p}try:", f"{p}    pass", f"{p}except E as {name()}:", f"{p}    pass"]
    if k in (9, 10, 11):
        params = random.sample(NAMES, random.randint(0, 2))
        deco = [f"{p}@{expr(d)}"] if random.random() < 0.2 else []
        asy = "async " if random.random() < 0.2 else ""
        params = [q + (f": {expr(d+2)}" if random.random() < 0.3 else "") for q in params]
        ret = f" -> {expr(d+2)}" if random.random() < 0.2 else ""
        return deco + [f"{p}{asy}def f{d}{random.randint(0,9)}({', '.join(params)}){ret}:"] + stmts(d+1, ind+1)
    if k in (12, 13):
        return [f"{p}class C{d}{random.randint(0,9)}({expr(d)}):"] + stmts(d+1, ind+1, True)
    if k == 14: return [f"{p}with {expr(d)} as {name()}:", f"{p}    pass"]
    return [f"{p}match {expr(d)}:", f"{p}    case [{name()}, *{name()}] | {{'k': {name()}, **{name()}}} if {expr(d)}:", f"{p}        pass"]


def main():
    count, seed, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    for i in range(count):
        random.seed(seed * 100000 + i)
        src = ("from __future__ import annotations\n" if random.random() < 0.3 else "") + "\n".join(stmts(0, 0)) + "\n"
        with open(os.path.join(outdir, f"f{i:05d}.py"), "w", encoding="utf-8") as f:
            f.write(src)


if __name__ == "__main__":
    main()
