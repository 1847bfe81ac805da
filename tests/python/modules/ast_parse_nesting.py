# ast.parse of deeply nested source: CPython 3.11 builds the ast objects within 3 levels per
# frame of the recursion limit, less the frames active, and raises RecursionError "maximum
# recursion depth exceeded during ast construction" past that. Sizes stay clear of the edge.
import ast
import sys


def kind(src, mode="exec"):
    try:
        tree = ast.parse(src, mode=mode)
        return "ok " + type(tree).__name__
    except RecursionError as e:
        return "RecursionError: %s" % e
    except MemoryError as e:
        return "MemoryError%r" % (e.args,)


def chain(n, op=" + "):
    return op.join(["1"] * n)


for n in (100, 2900, 3100, 60000):
    print(n, kind("x = " + chain(n)), "|", kind(chain(n), "eval"))
print(kind("x = a" + ".b" * 2900), "|", kind("x = a" + ".b" * 3100))
print(kind("x = " + "-" * 2900 + "1"), "|", kind("x = " + "-" * 3100 + "1"), "|", kind("x = " + "-" * 7000 + "1"))
print(kind("f(" + ", ".join(["a"] * 20000) + ")"))

tree = ast.parse("x = " + chain(2500))
print(sum(1 for _ in ast.walk(tree)), type(tree.body[0].value).__name__)

old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(kind("x = " + chain(5800)), "|", kind("x = " + chain(6200)))
sys.setrecursionlimit(old)


def deeper(d, src):
    return kind(src) if d == 0 else deeper(d - 1, src)


print(deeper(0, "x = " + chain(2500)), "|", deeper(300, "x = " + chain(2500)))
