def f():
    return [(yield from x) for y in z]
