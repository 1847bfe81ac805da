# types.FunctionType(code, globals, name, argdefs, closure): CPython's func_new, its checks and messages.
import types
def outer():
    x = 1
    def inner(a, b=2):
        return a + b + x
    return inner
inner = outer()
def plain(a, b=5):
    return a * b
g = {"__builtins__": __builtins__}
f = types.FunctionType(plain.__code__, g)
print(f.__name__, f.__qualname__, f(2, 3), f.__defaults__, f.__globals__ is g, f.__module__)
f2 = types.FunctionType(plain.__code__, g, "renamed", (7,))
print(f2.__name__, f2.__qualname__, f2(3), f2.__defaults__)
f3 = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(f3(1, 2), f3.__closure__ is inner.__closure__ or f3.__closure__ == inner.__closure__)
f4 = types.FunctionType(code=plain.__code__, globals=g, name="kw", argdefs=(1, 2))
print(f4.__name__, f4())
for args in [(1, g), (plain.__code__, []), (plain.__code__, g, 5), (plain.__code__, g, None, [1]),
             (inner.__code__, g), (plain.__code__, g, None, None, (1,)), (inner.__code__, g, None, None, (1,)),
             (inner.__code__, g, None, None, 5), ()]:
    try:
        types.FunctionType(*args)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
