class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)}, len({Point(0, 0), Point(0, 0)}))

class Inherits(Point):
    pass
print(hash(Inherits(1, 2)) == hash(Point(1, 2)))

class OverridesEq(Point):
    def __eq__(self, other):
        return False
print(OverridesEq.__hash__)

class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == Default(), x == x)

class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(1.5), hash(-0.0), hash(float("inf")))
