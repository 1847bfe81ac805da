square = lambda x: x * x
print(square(7))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, square)(3), compose(square, inc)(3))
print((lambda: (yield))) if False else print("lambda generator skipped")
fns = {name: (lambda n: lambda x: x * n)(n) for name, n in [("double", 2), ("triple", 3)]}
print(fns["double"](5), fns["triple"](5))
print((lambda x: (lambda y: x + y))(1)(2))
print(type(square).__name__, square.__name__)
