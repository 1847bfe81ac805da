def f(a):
    def g():
        nonlocal a, b
