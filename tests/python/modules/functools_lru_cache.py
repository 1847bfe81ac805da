import functools
from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(typed=True)
def t(x): calls.append(('t', x)); return x
t(1); t(1.0); t(True); print(t.cache_info())
@lru_cache
def u(x, **k): return x
u(1); u(1, a=2); u(1, a=2); print(u.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
class A:
    @lru_cache
    def m(self, x): return x * 2
    def __hash__(self): return 1
    def __eq__(self, o): return True
a = A(); print(a.m(3), a.m(3), A.m.cache_info())
try: u([1])
except TypeError as e: print(e)
print(type(sq).__name__, type(sq).__module__)
@functools.cache
def c(x): return x
print(c(1), c.cache_info())
