class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, other):
        print("__iadd__", other)
        self.v += other
        return self
    def __add__(self, other):
        print("__add__", other)
        return Acc(self.v + other)
    def __imul__(self, other):
        print("__imul__ returns NotImplemented")
        return NotImplemented
    def __mul__(self, other):
        print("__mul__", other)
        return Acc(self.v * other)

a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)
a *= 3
print(a, alias, a is alias)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before)

class Weird:
    def __iadd__(self, other):
        return "replaced"
w = Weird()
w += 1
print(w)

class Every:
    def __init__(self):
        self.log = []
    def _rec(name):
        def method(self, other):
            self.log.append(name)
            return self
        return method
    __isub__ = _rec("isub"); __itruediv__ = _rec("itruediv")
    __ifloordiv__ = _rec("ifloordiv"); __imod__ = _rec("imod")
    __ipow__ = _rec("ipow"); __ilshift__ = _rec("ilshift")
    __irshift__ = _rec("irshift"); __iand__ = _rec("iand")
    __ior__ = _rec("ior"); __ixor__ = _rec("ixor"); __imatmul__ = _rec("imatmul")
e = Every()
e -= 1; e /= 1; e //= 1; e %= 1; e **= 1; e <<= 1
e >>= 1; e &= 1; e |= 1; e ^= 1; e @= 1
print(e.log)

x = 1
try:
    x += "s"
except TypeError as exc:
    print(type(exc).__name__, exc)
lst = [1]
try:
    lst += 5
except TypeError as exc:
    print(type(exc).__name__, exc)
lst += "ab"
print(lst)
