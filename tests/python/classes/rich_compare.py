class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    __hash__ = None

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(a == 5, a != 5)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
print(max(Version(3), Version(10), Version(7)))

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"{self.name}.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print(f"{self.name}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__")
        return NotImplemented
x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)

class Sub(Loud):
    def __gt__(self, other):
        print("Sub.__gt__ (reflected first)")
        return True
print(Loud("base") < Sub("sub"))

# __eq__ returning a non-bool.
class Vec:
    def __eq__(self, other):
        return "elementwise"
print(Vec() == 1, Vec() != 1)
print([1, 2] == [1, 2], (1, "a") < (1, "b"), [1, 2] < [1, 2, 0])

# Identity implies equality in containers.
class NeverEqual:
    def __eq__(self, other):
        return False
n = NeverEqual()
print(n == n, n in [n], [n] == [n], n in [NeverEqual()])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
