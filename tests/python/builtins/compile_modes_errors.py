# compile/eval/exec: modes, flags, code objects, namespaces and their error messages
import sys
c = compile("x + 1", "<e>", "eval")
print(type(c).__name__, c.co_filename, c.co_name, eval(c, {"x": 41}))
c = compile("y = 2\nz = y * 3", "<x>", "exec")
ns = {}
print(exec(c, ns), ns["z"], "__builtins__" in ns)
c = compile("7 * 6", "<s>", "single")
exec(c)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
print(eval(b"1 + 1"), eval(compile(b"2 + 2", "<b>", "eval")))
print(eval("  3 + 3  \n"), eval("\t4"))
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("return 5", "exec"),
                  ("break", "exec"), ("a = 1\nb = 2", "single"), ("yield 1", "exec"),
                  ("f(**x, *y)", "eval"), ("def f(:", "exec"), ("lambda: (yield)", "eval"),
                  ("nonlocal q", "exec"), ("1 = 2", "exec"), ("del f()", "exec")]:
    try:
        compile(src, "<bad>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
for args in [("1", "<m>", "bogus"), ("1", "<m>", "eval", 0, False, 99),
             (1, "<m>", "eval"), ("1", 5, "eval"), ("a\0b", "<m>", "exec")]:
    try:
        compile(*args)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
for g in [5, [], None]:
    try:
        print(eval("1", g))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval(compile("a = 1", "<x>", "exec"))
    print("eval of exec code returns None")
except Exception as e:
    print(type(e).__name__, e)
try:
    eval()
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec()
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, key):
        if key == "magic":
            return 99
        raise KeyError(key)
print(eval("magic + 1", {}, Mapping()))
try:
    eval("nothing", {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)
g = {}
exec("import sys as s2\nv = s2.maxsize > 0", g)
print(g["v"])
g = {"__builtins__": {"len": lambda x: 1000}}
print(eval("len([1, 2])", g))
def f():
    a = 1
    exec("a = 2; b = 3")
    return a, "b" in locals()
print(f())
loc = {"q": 1}
exec("q += 1\nr = q * 10", {}, loc)
print(sorted(loc.items()))
code = compile("def g(x):\n    return x * 2\n", "<def>", "exec")
ns = {}
exec(code, ns)
print(ns["g"](21), ns["g"].__code__.co_filename, ns["g"].__module__ if hasattr(ns["g"], "__module__") else "-")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "other"}))
src = "result = sum(i * i for i in range(n))"
ns = {"n": 5}
exec(src, ns)
print(ns["result"])
print(compile("1", "<x>", "eval", dont_inherit=True) is not None)
try:
    compile("x", "<x>", "eval", flags=1 << 30)
except ValueError as e:
    print(type(e).__name__, e)
