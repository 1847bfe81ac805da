# Default arguments, keyword arguments, *args and **kwargs on calls in a hot loop.

def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + sum(rest) + sum(kw.values())

def g(*args, **kwargs):
    return len(args), sorted(kwargs)

def mutable_default(v, acc=[]):
    acc.append(v)
    return len(acc)


def main():
    s = 0
    for i in range(3000):
        s += f(i)
        s += f(i, 1)
        s += f(i, 1, 2, 3)
        s += f(i, c=0)
        s += f(i, x=5, y=6)
        args = (i, 0) if i % 2 else (i,)
        kws = {"c": 1} if i % 3 else {"z": 9}
        s += f(*args, **kws)
    print(s)
    res = None
    for i in range(3000):
        res = g(*range(i % 4), **{"k%d" % j: j for j in range(i % 3)})
    print(res)
    for i in range(3000):
        n = mutable_default(i)
    print(n)
    try:
        for i in range(3000):
            f(1, 2, c=3, **({"c": 4} if i == 2500 else {}))
    except TypeError as e:
        print(i, type(e).__name__, e)


main()
