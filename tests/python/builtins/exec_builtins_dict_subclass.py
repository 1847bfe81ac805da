# exec/eval with a dict subclass as __builtins__: a module-level name (LOAD_NAME) and a name in a
# function (LOAD_GLOBAL) are looked up through its __getitem__ / __missing__, as CPython does for
# any builtins that is not an exact dict; a KeyError means "not defined", other errors propagate.
class setonlyerror(Exception):
    pass


class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror(key)


class Missing(dict):
    def __missing__(self, key):
        return lambda *a: print("missing", key, *a)


class Plain(dict):
    pass


def run(label, src, builtins):
    try:
        exec(src, {"__builtins__": builtins})
    except Exception as e:
        print(label, type(e).__name__, e)


run("module get raises", "superglobal", setonlydict({"superglobal": 1}))
run("function get raises", "def f():\n    return superglobal\nf()", setonlydict({"superglobal": 1}))
run("module missing", "print('hello')", Missing())
run("function missing", "def f():\n    print('hi', 2)\nf()", Missing())
run("plain subclass hit", "import sys\nsuperglobal", Plain({"superglobal": 1, "__import__": __import__}))
run("plain subclass miss", "superglobal", Plain())
run("plain subclass miss in function", "def f():\n    return superglobal\nf()", Plain())
print(eval("x + 1", {"__builtins__": Plain({"x": 41})}))
print(eval("y", {"__builtins__": Missing()}).__name__)


# a class statement finds __build_class__ through the subclass's own lookup too
class Logged(dict):
    def __getitem__(self, key):
        if key == "__build_class__":
            print("looked up", key)
        return dict.__getitem__(self, key)


class ViaMissing(dict):
    def __missing__(self, key):
        return getattr(builtins_module, key)


import builtins as builtins_module

run("class via __getitem__", "class C:\n    pass\nprint(C.__name__)", Logged(vars(builtins_module)))
run("class via __missing__", "class D:\n    pass\nprint(D.__name__)", ViaMissing())
run("class without __build_class__", "class E:\n    pass", Plain({"print": print}))
