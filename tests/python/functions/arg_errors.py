def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)

def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(a, /, b):
    pass
def k(*, x):
    pass
def none():
    pass
def va(a, *args):
    pass

attempt(lambda: f(1))
attempt(lambda: f())
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: f(1, a=1))
attempt(lambda: g(1))
attempt(lambda: g(1, 2, 3))
attempt(lambda: g(1, 2, 3, c=4))
attempt(lambda: h(a=1, b=2))
attempt(lambda: k(1))
attempt(lambda: k())
attempt(lambda: none(1))
attempt(lambda: none(x=1))
attempt(lambda: va())
attempt(lambda: f(*5))
attempt(lambda: f(**[1]))
attempt(lambda: f(1, **{"b": 2, "a": 3}))
attempt(lambda: f(**{1: 2}))

class C:
    def m(self, x):
        pass
attempt(lambda: C().m())
attempt(lambda: C().m(1, 2))
attempt(lambda: C.m())
