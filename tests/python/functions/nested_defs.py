def outer(n):
    def middle(m):
        def inner(k):
            return n * 100 + m * 10 + k
        return inner
    return middle
print(outer(1)(2)(3))

def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register("add")
    def _(a, b):
        return a + b
    @register("mul")
    def _(a, b):
        return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__name__)

def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))

def conditional_def(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f()
print(conditional_def(True), conditional_def(False))

def redefine():
    def f():
        return 1
    first = f
    def f():
        return 2
    return first(), f()
print(redefine())
