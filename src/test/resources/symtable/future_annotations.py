from __future__ import annotations
def f(a: A, *b: B, c: C, **d: D) -> R:
    x: X = 1
    y: Y
    return x
class K:
    attr: T = 2
    def m(self) -> Self: ...
