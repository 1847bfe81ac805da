def f(a, *b, c=1):
    x = [i for i in a]
    return lambda: x
