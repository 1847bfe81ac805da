# One code object run with different globals and builtins (FunctionType, exec): a trace must not
# assume the globals it was recorded with.
import types
K = 1

def f(n):
    s = 0
    for i in range(n):
        s += K + len("ab")
    return s

def missing(n):
    for i in range(n):
        Q


def main():
    g1 = {"K": 10, "__builtins__": __builtins__}
    g2 = {"K": 100, "__builtins__": {"len": lambda v: 1000, "range": range}}
    f1 = types.FunctionType(f.__code__, g1)
    f2 = types.FunctionType(f.__code__, g2)
    print(f(3000), f1(3000), f2(3000), f(3000))
    code = compile("t = 0\nfor i in range(3000):\n    t += V\n", "<loop>", "exec")
    for v in (1, 2.5, "x"):
        ns = {"V": v}
        try:
            exec(code, ns)
            print(ns["t"])
        except TypeError as e:
            print(type(e).__name__, e)
    ns = {"V": 1}
    exec(code, ns)
    print(ns["t"])
    f3 = types.FunctionType(missing.__code__, {"Q": 0, "__builtins__": {"range": range}})
    f3(3000)
    try:
        missing(3000)
    except NameError as e:
        print(type(e).__name__, e)


main()
