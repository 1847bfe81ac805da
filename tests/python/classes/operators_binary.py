class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _map(self, other, fn):
        if isinstance(other, V):
            return V(*[fn(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[fn(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._map(o, lambda a, b: pow(a, b, mod))
    def __lshift__(self, o): return self._map(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map(o, lambda a, b: a >> b)
    def __and__(self, o): return self._map(o, lambda a, b: a & b)
    def __or__(self, o): return self._map(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map(o, lambda a, b: a ^ b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])

a = V(6, -3)
b = V(2, 5)
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** 2, pow(b, 2, 3))
print(a << 1, b >> 1, a & b, a | b, a ^ b)
print(a @ b, divmod(a, b))
print(-a, +a, abs(a), ~b)
print(a + 1, a * 2.5)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 1
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval("Plain() " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
for op in ["-", "+", "~"]:
    try:
        eval(op + "Plain()")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(Plain())
except TypeError as e:
    print(type(e).__name__, e)
