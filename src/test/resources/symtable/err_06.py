def f():
    print(x)
    nonlocal x
