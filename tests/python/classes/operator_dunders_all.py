# every binary, reflected, in-place and unary dunder, NotImplemented fallback and the TypeErrors
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
def make(name):
    def fwd(self, other):
        return ("%s" % name, self.v, other)
    def rev(self, other):
        return ("r%s" % name, self.v, other)
    def inp(self, other):
        return ("i%s" % name, self.v, other)
    return fwd, rev, inp
for name in ops:
    f, r, i = make(name)
    setattr(V, "__%s__" % name, f)
    setattr(V, "__r%s__" % name, r)
    if name != "divmod":
        setattr(V, "__i%s__" % name, i)
x = V(1)
print(x + 1, x - 1, x * 1, x @ 1, x / 1, x // 1, x % 1, divmod(x, 1), x ** 1, x << 1, x >> 1, x & 1, x ^ 1, x | 1)
print(1 + x, 1 - x, 1 * x, 1 @ x, 1 / x, 1 // x, 1 % x, divmod(1, x), 1 ** x, 1 << x, 1 >> x, 1 & x, 1 ^ x, 1 | x)
y = V(2); y += 1; print(y)
y = V(2); y -= 1; print(y)
y = V(2); y *= 1; print(y)
y = V(2); y @= 1; print(y)
y = V(2); y /= 1; print(y)
y = V(2); y //= 1; print(y)
y = V(2); y %= 1; print(y)
y = V(2); y **= 1; print(y)
y = V(2); y <<= 1; print(y)
y = V(2); y >>= 1; print(y)
y = V(2); y &= 1; print(y)
y = V(2); y ^= 1; print(y)
y = V(2); y |= 1; print(y)
print(pow(x, 2), pow(2, x))
class Pow3:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(Pow3(), 2, 5), Pow3() ** 3, 2 ** Pow3())
try:
    pow(2, Pow3(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __complex__(self): return 1j
    def __index__(self): return 7
    def __round__(self, n=None): return ("round", n)
    def __bool__(self): return False
u = U()
print(-u, +u, ~u, abs(u), int(u), float(u), complex(u), bin(u), hex(u), oct(u), [0] * 8 == [0] * u, round(u), round(u, 2), not u)
class Nothing: pass
n = Nothing()
for expr in ["n + 1", "1 - n", "n * n", "n @ n", "n / 2", "n // 2", "n % 2", "divmod(n, 2)", "n ** 2", "n << 1",
             "n >> 1", "n & 1", "n ^ 1", "n | 1", "-n", "+n", "~n", "abs(n)", "int(n)", "float(n)", "round(n)",
             "pow(n, 1, 2)", "n < 1", "n >= n", "[0][n]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
for stmt in ["n += 1", "n -= 1", "n *= 'a'", "n @= 1", "n /= 1", "n //= 1", "n %= 1", "n **= 1", "n <<= 1", "n >>= 1", "n &= 1", "n ^= 1", "n |= 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "->", type(e).__name__, e)
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
a = NI()
try:
    a + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)
a = NI()
print(a == a, a != a, a == NI(), a != 1)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
z = OnlyAdd(1)
w = z
z += 5
print(z.v, w.v, z is w)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __add__(self, o): return "Derived.add"
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class IntLike(int):
    def __radd__(self, o): return "IntLike.radd"
    def __rsub__(self, o): return "IntLike.rsub"
print(1 + IntLike(2), 5 - IntLike(1), IntLike(2) + 1)
class Str(str):
    def __rmod__(self, o): return "Str.rmod"
print("%s" % Str("x"), "a" + Str("b"))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), Cmp(2) >= Cmp(2), Cmp(1) == Cmp(1), Cmp(1) != Cmp(1))
class Vec:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, v): return v in self.c
print(Vec(1, 2) @ Vec(3, 4), len(Vec(1, 2, 3)), Vec(5, 6)[1], 5 in Vec(5), 7 not in Vec(5), list(Vec(9, 8)))
