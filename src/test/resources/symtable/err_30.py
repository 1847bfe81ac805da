def f(z, w):
    return [y for y in z if (x := 1) for x in w]
