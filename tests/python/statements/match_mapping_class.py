class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x, y), r=r):
            return f"circle at {x},{y} radius {r}"
        case {"type": "point", "x": x, **rest}:
            return f"dict point {x} extra {sorted(rest.items())}"
        case {"type": t}:
            return f"dict of type {t}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2),
          Circle(Point(1, 1), 3), {"type": "point", "x": 1, "z": 2, "w": 3},
          {"type": "line"}, {"other": 1}, 7, 2.5, "s", [1]]:
    print(where(v))

# Mapping patterns ignore extra keys and need exact keys.
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("partial mapping matches")

# Value patterns with dotted names.
class Color:
    RED = "red"
    GREEN = "green"
for c in ["green", "red", "blue"]:
    match c:
        case Color.RED:
            print("is red")
        case Color.GREEN:
            print("is green")
        case other:
            print("other", other)
