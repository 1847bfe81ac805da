# RecursionError messages name the check that overflowed, as CPython 3.11 counts them.
import sys
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, "|", e)
def f(): return f()
t("plain", f)
class R:
    def __repr__(self): return repr(self)
t("repr", lambda: repr(R()))
class S:
    def __str__(self): return str(self)
t("str", lambda: str(S()))
class E:
    def __eq__(self, o): return self == o
t("eq", lambda: E() == E())
class L:
    def __lt__(self, o): return self < o
t("lt", lambda: L() < L())
class G:
    def __getattr__(self, n): return getattr(self, n)
t("getattr", lambda: G().x)
class H:
    def __hash__(self): return hash(self)
t("hash", lambda: hash(H()))
class A:
    def __add__(self, o): return self + o
t("add", lambda: A() + 1)
class Ca:
    def __call__(self): return self()
t("call", lambda: Ca()())
l = []
for i in range(100000): l = [l]
t("nested-repr", lambda: repr(l))
class Le:
    def __len__(self): return len(self)
t("len", lambda: len(Le()))
class It:
    def __iter__(self): return iter(self)
t("iter", lambda: iter(It()))
class B:
    def __bool__(self): return bool(self)
t("bool", lambda: bool(B()))
class Gi:
    def __getitem__(self, i): return self[i]
t("getitem", lambda: Gi()[0])
def g(): yield from g()
t("gen", lambda: next(g()))
t("map", lambda: (lambda h: h(h))(lambda h: h(h)))
d = {}
d2 = d
for i in range(100000): d2 = {1: d2}
t("nested-dict-repr", lambda: repr(d2))
t("f-string", lambda: f"{R()!r}")
def g(n):
    try:
        return repr(R2(n))
    except RecursionError:
        return n
class R2:
    def __init__(self, n): self.n = n
    def __repr__(self): return str(g(self.n + 1))
print("depth through __repr__:", g(0))
def plain(n):
    try:
        return plain(n + 1)
    except RecursionError:
        return n
print("plain depth:", plain(0))
