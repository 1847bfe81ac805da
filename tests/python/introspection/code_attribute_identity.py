# A code object's name and constant tuples are made once (CPython 3.11 keeps co_consts and
# co_names, and caches co_varnames, co_cellvars and co_freevars), and its names are interned.
import sys


def outer(a, b=2, *args, k, **kw):
    c = a + b
    def inner():
        return c + k
    return inner, "text", 1.5, (1, 2)


code = outer.__code__
inner_code = outer(1, k=3)[0].__code__
for attr in ("co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars"):
    for c in (code, inner_code):
        first, second = getattr(c, attr), getattr(c, attr)
        print(c.co_name, attr, first is second, type(first).__name__, len(first))
print(code.co_varnames, code.co_cellvars, inner_code.co_freevars)
print(all(n is sys.intern(n) for n in code.co_varnames + code.co_cellvars + inner_code.co_freevars + code.co_names))
print(code.co_cellvars[0] is inner_code.co_freevars[0])
print(list(outer(1, k=3)[0].__code__.co_freevars) == sorted(inner_code.co_freevars))
# locals() keys are the code's own names
def f(alpha, beta):
    return locals()
print([k is sys.intern(k) for k in f(1, 2)])
# compile() and exec'd code too
g = {}
exec(compile("def h(x, y):\n    z = x\n    return z\n", "<s>", "exec"), g)
hc = g["h"].__code__
print(hc.co_varnames, hc.co_varnames is hc.co_varnames, hc.co_consts is hc.co_consts)
