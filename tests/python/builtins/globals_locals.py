g = globals()
print(g is globals(), "__name__" in g, g["__name__"], type(g).__name__)
g["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def closure():
    free = "free var"
    def inner():
        local = 1
        return sorted(locals())
    return inner()
print(closure())
class C:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(locals() is globals())
print(__name__, __doc__ is None, __spec__ is None if False else "", type(__builtins__).__name__)
