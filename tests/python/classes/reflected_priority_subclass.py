class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print(f"{type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, other):
        print(f"{type(self).__name__}.__radd__")
        return "radd result"
    def __lt__(self, other):
        print(f"{type(self).__name__}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{type(self).__name__}.__gt__")
        return NotImplemented

class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__ (override)")
        return "derived radd"

print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    Base(1) < Base(2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 + Base(0))
try:
    Base(0) + 1
except TypeError as e:
    print(type(e).__name__, e)
