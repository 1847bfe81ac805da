# match statements in a hot loop: literal, sequence, mapping, class and guard patterns, with the
# subject's type changing between iterations.

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Bad:
    __match_args__ = ("a",)


def main():
    subjects = [0, 1, "s", (1, 2), [1, 2, 3], {"k": 5}, Pt(0, 3), Pt(2, 2), None, 2.5, (), {"k": "v", "z": 1}]
    counts = {}
    acc = 0
    for i in range(3000):
        v = subjects[i % len(subjects)]
        match v:
            case 0 | None:
                tag = "zero-or-none"
            case int(n) if n > 0:
                tag = "posint"
                acc += n
            case str() as s:
                tag = "str"
                acc += len(s)
            case (a, b):
                tag = "pair"
                acc += a + b
            case [first, *rest]:
                tag = "seq"
                acc += first + len(rest)
            case {"k": int(k)}:
                tag = "map-int"
                acc += k
            case {"k": str()}:
                tag = "map-str"
            case Pt(0, y):
                tag = "pt-x0"
                acc += y
            case Pt(x=x, y=y) if x == y:
                tag = "pt-diag"
                acc += x
            case float():
                tag = "float"
            case _:
                tag = "other"
        counts[tag] = counts.get(tag, 0) + 1
    print(sorted(counts.items()), acc)
    try:
        for i in range(3000):
            match (Pt(1, 2) if i < 2999 else Bad()):
                case Pt(a, b):
                    pass
                case Bad(a):
                    pass
    except AttributeError as e:
        print(i, type(e).__name__, e)


main()
