# argument binding errors for every parameter kind, decorators, closures, unbound locals and free variables, class-scope lookups, code flags
def f(a, /, b, *, c=3, **kw):
    return a, b, c, kw
print(f(1, 2), f(1, b=2, c=4, a=9))
for call in ["f()", "f(1)", "f(a=1, b=2)", "f(1, 2, 3)", "f(1, 2, c=1, c=2)", "f(1, 2, **{'c': 1}, c=2)", "f(*5)", "f(**5)", "f(**{1: 2})"]:
    try:
        eval(call)
    except (TypeError, SyntaxError) as e:
        print(call, "->", type(e).__name__, e)
def g(*, x):
    return x
for call in ["g(1)", "g()", "g(y=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
class K:
    def m(self, x):
        return x
    @classmethod
    def c(cls, y):
        return y
    @staticmethod
    def s(z):
        return z
for call in ["K().m()", "K().m(1, 2)", "K.c()", "K.s()", "K.m(1)", "K().m(x=1, y=2)", "len()", "len(1, 2)", "int(x=1)", "sorted()", "max()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def h(x, y=2):
    "doc h"
    return x + y
print(h(1), h.__name__, h.__wrapped__.__name__, h.__wrapped__.__doc__)
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = outer()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
x = "global"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(Scope.y, Scope.z)
def gen_scope():
    a = 1
    return [lambda: a for a in range(3)][0](), [a for a in range(2)], a
print(gen_scope())
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda a, b=2, *, c: a + b + c)(1, c=3))
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d, e, f, g):
    pass
try:
    many(1, 2)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3, 4, 5, 6, 7, 8, 9)
except TypeError as e:
    print(e)
def kwo(a, *, b, c, d):
    pass
try:
    kwo(1)
except TypeError as e:
    print(e)
try:
    kwo(1, 2, b=1, c=2, d=3)
except TypeError as e:
    print(e)
def defaults(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(defaults(0, c=3), defaults(0, 1, 2, 3, c=3, e=5), defaults.__defaults__, defaults.__kwdefaults__)
print(defaults.__code__.co_argcount, defaults.__code__.co_kwonlyargcount, defaults.__code__.co_posonlyargcount, defaults.__code__.co_flags & 0x0C)
