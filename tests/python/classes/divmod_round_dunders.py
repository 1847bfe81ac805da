class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
    def __int__(self):
        return 42
    def __float__(self):
        return 4.5
    def __complex__(self):
        return 1 + 2j
    def __index__(self):
        return 3
    def __bool__(self):
        return False
    def __len__(self):
        return 5
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)

n = Num(10)
print(divmod(n, 3), divmod(3, n), round(n), round(n, 2), abs(n))
print(int(n), float(n), complex(n), bin(n), [0, 1, 2, 3][n], bool(n), len(n))
print(pow(n, 2), pow(n, 2, 5), 2 ** n, pow(2, n))
try:
    pow(2, n, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(range(n), "ab" * n, n.__trunc__())
