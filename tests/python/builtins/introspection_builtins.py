# globals/locals/vars/dir, breakpoint via sys.breakpointhook, help's repr, __import__, __build_class__
import sys
g = globals()
print(type(g).__name__, g is globals(), g["__name__"], "sys" in g)
module_var = 1
print(globals()["module_var"], locals() is globals())
def f(a, b=2, *c, d, **e):
    x = 1
    return sorted(locals())
print(f(1, d=4))
def closure():
    v = 10
    def inner():
        return v, sorted(locals())
    return inner()
print(closure())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    def m(self):
        pass
print(K.names)
print(sorted(k for k in vars(K) if not k.startswith("__")))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["z"] = 3
print(p.z)
for bad in [1, "s", [], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(sys) is sys.__dict__)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("__")])
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
def scope():
    q = 1
    return dir()
print(scope())
print("__builtins__" in dir(), "dir" in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print("__add__" in dir(1), "__len__" in dir([]), "append" in dir([]))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hooked"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
print(callable(help), repr(help))
m = __import__("sys")
print(m is sys, __import__("sys", globals(), locals(), [], 0) is sys)
for name in ["no_such_module_xyz", ""]:
    try:
        __import__(name)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.len is len, builtins.__name__)
def body():
    x = 5
    def method(self):
        return "m"
    return None
try:
    C = __build_class__(body, "C")
    print(C.__name__)
except Exception as e:
    print(type(e).__name__, e)
def cbody():
    val = 5
    def method(self):
        return "m" + str(self.val)
C = __build_class__(cbody, "C", object)
print(C.__name__, C.__qualname__, C.__bases__, hasattr(C, "val"))
Meta = type("Meta", (type,), {})
M = __build_class__(cbody, "M", metaclass=Meta)
print(type(M).__name__, M.__module__)
for args in [(), (cbody,), (1, "X"), (cbody, 5)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print(type(e).__name__, e)
