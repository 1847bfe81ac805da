def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def merge(a, /, **kw):
    return a, kw
print(merge(1, a=2, b=3))
def f(*, a, b, **rest):
    return a, b, rest
print(f(b=1, a=2, c=3, d=4))
d = {"a": 1, "b": 2, "c": 3}
print(f(**d))
def g(x, y=0, *args, z, **kw):
    return x, y, args, z, kw
print(g(1, z=2), g(1, 2, 3, z=4, w=5), g(*[1, 2, 3, 4], **{"z": 5, "q": 6}))
