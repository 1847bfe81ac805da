g = {"base": 10}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(sorted(l.items()), "x" in g)
exec("def f():\n    return base\nresult = f()", g)
print(g["result"])
code = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(code, ns)
print(ns["total"])
print(eval("a + b", {"a": 1}, {"b": 2}), eval("[n * n for n in range(4)]"))
def uses_exec():
    local_var = "not visible to exec modifications"
    exec("local_var = 'changed'")
    return local_var
print(uses_exec())
print(eval("lambda q: q + 1")(1), eval("(1, 2)")[1], eval("{'k': 'v'}")["k"])
class_ns = {}
exec("class K:\n    attr = 5\n", class_ns)
print(class_ns["K"].attr, class_ns["K"].__module__ if "__name__" in class_ns else "no __name__")
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("1/0", {})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
