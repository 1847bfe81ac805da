# Keyword calls of Python functions (CALL_PY_KW): positional + keyword arguments, defaults and
# keyword-only defaults filled, method and bound-method forms, several callees at one site, and
# the cases that must take the generic binder and raise CPython's errors; then the callee's
# __defaults__, __kwdefaults__ and __code__ changed after the site specialized.


def f(a, b=2, c=3):
    return (a, b, c)


def g(a, b=20, c=30):
    return ("g", a, b, c)


def kwonly(a, *, key=None, flag=False):
    return (a, key, flag)


def posonly(a, /, b=0):
    return (a, b)


class C:
    def m(self, x, y=5, *, z=7):
        return (x, y, z)


def calls(fn):
    return [fn(1, b=5), fn(a=1), fn(1, c=9), fn(1, b=1, c=2), fn(c=0, a=4)]


for _ in range(20):
    r = calls(f)
print(r)
print(calls(g))

o = C()
bm = o.m
for _ in range(20):
    r = (o.m(1, z=2), o.m(x=3), bm(4, y=0), C.m(o, x=1, z=None), kwonly(1, flag=True), kwonly(2, key="k"))
print(r)


def site(fn, v):
    return fn(v, b=1)


for _ in range(20):
    site(f, 1)
for bad in (lambda v, **k: ("lambda", v, k), posonly, kwonly, C.m):
    try:
        print(site(bad, 0))
    except TypeError as e:
        print(type(e).__name__, e)


def missing():
    return f(b=1)


for _ in range(3):
    try:
        missing()
    except TypeError as e:
        print(type(e).__name__, e)


def twice():
    return f(1, a=2)


try:
    twice()
except TypeError as e:
    print(type(e).__name__, e)


def needs_key(a, *, key):
    return (a, key)


def call_needs_key(v):
    return needs_key(v, other=1) if v < 0 else needs_key(a=v, key=v)


for k in range(20):
    call_needs_key(k)
try:
    needs_key(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    call_needs_key(-1)
except TypeError as e:
    print(type(e).__name__, e)

# Defaults and code changed after specialization.
print(calls(f)[1])
f.__defaults__ = (100, 200)
print(calls(f)[1])
f.__defaults__ = None
try:
    calls(f)
except TypeError as e:
    print(type(e).__name__, e)
kwonly.__kwdefaults__ = {"key": "new", "flag": 1}
print(kwonly(0, flag=2), [kwonly(k, flag=k) for k in range(2)])
kwonly.__kwdefaults__ = None
try:
    print(kwonly(0, flag=2))
except TypeError as e:
    print(type(e).__name__, e)
f.__code__ = g.__code__
f.__defaults__ = (1, 2)
print(calls(f))


def deep(n, acc=0):
    return acc if n == 0 else deep(n=n - 1, acc=acc + n)


print(deep(n=100))
try:
    deep(n=100000)
except RecursionError as e:
    print(type(e).__name__)
