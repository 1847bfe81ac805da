import sys as _sys
a = 1
_b = 2
def f():
    return 3
