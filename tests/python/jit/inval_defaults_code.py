# Changing f.__defaults__, f.__kwdefaults__ and f.__code__ while f is called in a hot loop.

def f(a, b=1):
    return a + b

def g(a, *, k=1):
    return a * k

def h(x):
    return x + 1

def h2(x):
    return x * 2


def main():
    s = 0
    for i in range(3000):
        s += f(i)
        if i == 1000:
            f.__defaults__ = (100,)
        if i == 2000:
            f.__defaults__ = (1000,)
    print(s)
    t = 0
    for i in range(3000):
        t += g(1)
        if i == 1500:
            g.__kwdefaults__ = {"k": 3}
    print(t)
    u = 0
    for i in range(3000):
        u += h(i)
        if i == 1500:
            h.__code__ = h2.__code__
    print(u)
    try:
        for i in range(3000):
            f(i)
            if i == 2500:
                f.__defaults__ = None
    except TypeError as e:
        print(i, type(e).__name__, e)


main()
