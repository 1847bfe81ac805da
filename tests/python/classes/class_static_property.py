class Temperature:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.from_f(212).celsius)
print(Temperature.valid(-300), t.valid(0))
print(Temperature.celsius.__doc__)
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
print(type(Temperature.celsius).__name__)
print(Temperature.from_f.__self__ is Temperature)
print(Temperature.valid(5) == Temperature.__dict__["valid"].__func__(5))

class P:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    x = property(getx, setx, None, "the x")
p = P()
p.x = 42
print(p.x, P.x.__doc__, P.x.fget is P.getx)
