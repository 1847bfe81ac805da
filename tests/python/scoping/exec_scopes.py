x = "global x"
def f():
    x = "local x"
    return eval("x"), eval("x", globals()), eval("x", {"x": "explicit"})
print(f())
ns = {}
exec("def g():\n    return y\ny = 'exec global'", ns)
print(ns["g"]())
exec("z = 1", globals())
print(z)
def h():
    exec("w = 5")
    try:
        return w
    except NameError as e:
        return "NameError: " + str(e)
print(h())
class K:
    exec("inside_class = 'set by exec'")
print(K.inside_class if hasattr(K, "inside_class") else "not set in class")
