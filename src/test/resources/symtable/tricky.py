def f():
    x = 1
    class C:
        global x
        def m(self):
            return x
    class D:
        x = 2
        def m(self):
            nonlocal x
            return x
    class E:
        def m(self):
            return __class__
        __class__ = 3
    class F:
        def m(self):
            super()
        def n(self):
            class G:
                def o(self):
                    return super()
            return G
    return C, D, E, F
class Outer:
    __a = 1
    def m(self, __b):
        __c = [__a for __d in __b]
        return lambda __e: __e + __c
    global gl
    gl = 1
    def n(self):
        return gl
def g():
    y = 1
    def h():
        def i():
            return y
        return i
    return h
def k():
    z = 1
    def l():
        global z
        def m():
            return z
        return m
def super_in_lambda():
    class A:
        f = lambda self: super()
        g = [super for _ in range(1)]
    return A
class _:
    def __m(self): pass
class __:
    __n = 1
def params_as_cells(a, b, *c, d, **e):
    return lambda: (a, c, e)
def unused_nonlocal():
    q = 1
    def w():
        nonlocal q
    return w
def genexp_iter_scope(n):
    return (x for x in range(n) for y in range(x))
