class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("Money.__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, other):
        return Money(self.cents * other)

print(Money(5) + Money(7))
print(3 + Money(4))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(4))
print(3 * Money(5))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)

# Subclass reflected method takes priority when it overrides.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())

class NoOverride(Base):
    pass
print(Base() + NoOverride())

class Both:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)

class R:
    def __rpow__(self, other):
        return f"rpow({other})"
    def __rtruediv__(self, other):
        return f"rtruediv({other})"
    def __rfloordiv__(self, other):
        return f"rfloordiv({other})"
    def __rmod__(self, other):
        return f"rmod({other})"
    def __rlshift__(self, other):
        return f"rlshift({other})"
    def __rand__(self, other):
        return f"rand({other})"
    def __ror__(self, other):
        return f"ror({other})"
    def __rxor__(self, other):
        return f"rxor({other})"
    def __rmatmul__(self, other):
        return f"rmatmul({other})"
    def __rdivmod__(self, other):
        return f"rdivmod({other})"
r = R()
print(2 ** r, 2 / r, 2 // r, 2 % r, 2 << r, 2 & r, 2 | r, 2 ^ r, 2 @ r, divmod(2, r))
