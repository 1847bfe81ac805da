import os

def f(a, /, b=1, *c, d, **e):
    return [x for x in a] if False else (lambda: (yield))

class C(metaclass=type):
    x: int = 1
