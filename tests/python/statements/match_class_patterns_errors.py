# match: class patterns with __match_args__, builtin self-matching classes, keyword patterns and runtime errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case P3(x, y, z=0):
            return "flat3 %s %s" % (x, y)
        case Point(x, 0) | Point(0, x):
            return "axis %s" % x
        case Point(x=x, y=y) if x == y:
            return "diag %s" % x
        case Point(y=5):
            return "y is 5"
        case Point() as pt:
            return "point %s,%s" % (pt.x, pt.y)
        case _:
            return "other"
for p in [Point(0, 0), P3(1, 2, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), Point(7, 8), P3(1, 1, 1), 5]:
    print(where(p))
def builtin(v):
    match v:
        case bool(b):
            return "bool %s" % b
        case int(i) if i < 0:
            return "negative int"
        case int(0) | float(0.0):
            return "zero"
        case int():
            return "int"
        case str(s) if len(s) > 3:
            return "long str " + s
        case str() | bytes():
            return "short text"
        case [int(a), *rest]:
            return "int list head %d rest %r" % (a, rest)
        case (1, 2) | [3, 4]:
            return "pair literal"
        case {"k": [_, {"deep": d}]}:
            return "deep %s" % d
        case {"k": v, **others}:
            return "k=%r others=%r" % (v, sorted(others))
        case dict():
            return "dict"
        case frozenset() | set():
            return "setlike"
        case float(f):
            return "float %s" % f
        case None:
            return "none"
        case _:
            return "fallback " + type(v).__name__
for v in [True, -3, 0, 0.0, 12, "hello", "hi", b"x", [1, 2, 3], (1, 2), [3, 4], {"k": [0, {"deep": 9}]},
          {"k": 1, "a": 2, "b": 3}, {}, {1}, frozenset(), 2.5, None, 1j, ["a"], (4, 5)]:
    print(repr(v), "->", builtin(v))
class Weird:
    __match_args__ = ("a",)
    a = 1
class BadArgs:
    __match_args__ = ["x"]
class NonStrArgs:
    __match_args__ = (1,)
class Missing:
    __match_args__ = ("nothere",)
for subject, src in [(Weird(), "case Weird(a, b): pass"), (BadArgs(), "case BadArgs(x): pass"),
                     (NonStrArgs(), "case NonStrArgs(q): pass"), (Missing(), "case Missing(m): print('matched')\n    case _: print('no attr, no match')"),
                     (5, "case int(a, b): pass"), (Point(1, 2), "case Point(x, x=1): pass"),
                     (1, "case len(): pass")]:
    code = "match subject:\n    " + src + "\n"
    try:
        exec(code, {"subject": subject, **globals()})
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case [x, y, *_] if x > y:
            return "desc start"
        case [*_, last]:
            return "last %r" % (last,)
print(seq([]), seq(()), seq("ab"), seq([1]), seq([5, 1, 0]), seq(range(1, 4)), seq(iter([1]) if False else [0, 9]))
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": _} as m:
        print("mapping as", m)
import sys
match sys.version_info:
    case (3, minor, *_) if minor >= 0:
        print("py3 tuple-like")
