print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
code = compile("3 ** 3", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code))
code = compile("result = [i for i in range(3)]", "<exec>", "exec")
g = {}
exec(code, g)
print(g["result"])
print(exec("1 + 1"), eval("[1, 2][1]"), eval(" 4 "), eval("\n5"))
single = compile("print('single mode')", "<s>", "single")
exec(single)
x = "module x"
def use_locals():
    x = "function x"
    return eval("x")
print(use_locals(), eval("x"))
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print(type(e).__name__, e)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("a = 1", "eval"), ("def", "single")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
loc = {}
exec("z = 10", None, loc)
print(loc)
