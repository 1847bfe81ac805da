def f(a, *, b=2, c):
    return a, b, c
print(f(1, c=3), f(1, b=5, c=6))
for call in [lambda: f(1, 2, 3), lambda: f(c=1), lambda: f(1, d=1, c=2), lambda: f(1, c=2, **{"c": 3})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*args, sep=" ", **kw):
    return sep.join(map(str, args)), kw
print(g(1, 2, 3), g(1, sep="-"), g(sep="+", end="x"))
def h(a, b, /, c, *, d):
    return a + b + c + d
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
for call in [lambda: h(1, b=2, c=3, d=4), lambda: h(1, 2, 3, 4), lambda: h(1, 2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def many(a, b, c, d, e):
    pass
for call in [lambda: many(1), lambda: many(1, 2, 3), lambda: many(1, 2, 3, 4, 5, 6)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
