def f(a: A, *b: B, c: C, **d: D) -> R:
    x: X = 1
    y: Y
    def g(p: x) -> y: pass
    return x
class K:
    attr: T = 2
    other: attr
