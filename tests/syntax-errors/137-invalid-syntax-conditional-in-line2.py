def f():
    return 1 if
