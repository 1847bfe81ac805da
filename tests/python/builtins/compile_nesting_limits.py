# Where the front end gives up on deeply nested source, as CPython 3.11 does: the tokenizer on
# 200 nested brackets and 100 indentation levels (SyntaxError), the parser past its stack of
# rule calls (MemoryError), the compiler past 3 levels per frame of the recursion limit
# (RecursionError "maximum recursion depth exceeded during compilation"). Sizes stay clear of
# each limit's edge, which moves with the frames active in CPython.
import sys


def kind(src, mode="exec"):
    try:
        compile(src, "<nest>", mode)
        return "ok"
    except RecursionError as e:
        return "RecursionError: %s" % e
    except MemoryError as e:
        return "MemoryError%r" % (e.args,)
    except SyntaxError as e:
        return "SyntaxError: %s" % e


def chain(n, op=" + "):
    return op.join(["1"] * n)


shapes = {
    "sum": lambda n: "x = " + chain(n),
    "product": lambda n: "x = " + chain(n, " * "),
    "unary minus": lambda n: "x = " + "-" * n + "1",
    "not": lambda n: "x = " + "not " * n + "a",
    "attributes": lambda n: "x = a" + ".b" * n,
    "subscripts": lambda n: "x = a" + "[0]" * n,
    "conditional": lambda n: "x = " + "1 if a else " * n + "1",
    "power": lambda n: "x = " + chain(n, " ** "),
    "lambda": lambda n: "x = " + "lambda: " * n + "1",
    "parentheses": lambda n: "x = " + "(" * n + "1" + ")" * n,
    "lists": lambda n: "x = " + "[" * n + "]" * n,
    "calls": lambda n: "x = " + "f(" * n + ")" * n,
}
for name, make in shapes.items():
    print(name, [kind(make(n)) for n in (150, 250, 2900, 3100, 7000)])

# Long flat sequences are no nesting at all.
print(kind("x = " + chain(20000, " and ")), kind("x = " + chain(20000, " < ")), kind("x = " + " ".join(["'s'"] * 20000)))
print(kind("x = [" + ", ".join(["1"] * 50000) + "]"))

# A very long chain fails at once (the front end is linear in it).
print(kind("x = " + chain(60000)))
print(kind(chain(60000), "eval"))

# Statements count too; indentation stops first.
print(kind("".join(" " * i + "if a:\n" for i in range(99)) + " " * 99 + "pass\n"))
print(kind("".join(" " * i + "if a:\n" for i in range(101)) + " " * 101 + "pass\n"))
print(kind("def f():\n    return " + chain(2900)), kind("def f():\n    return " + chain(3100)))
print(kind(chain(2900), "eval"), kind(chain(3100), "eval"))

# The budget is the recursion limit's, less the frames already active.
def at_depth(d, src):
    if d == 0:
        return kind(src)
    return at_depth(d - 1, src)

print(at_depth(0, "x = " + chain(2500)), at_depth(300, "x = " + chain(2500)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(kind("x = " + chain(5800)), kind("x = " + chain(6200)))
sys.setrecursionlimit(old)

for run in (exec, eval):
    try:
        run(chain(5000))
    except RecursionError as e:
        print(run.__name__, type(e).__name__, e)
print(eval(chain(2000)))
