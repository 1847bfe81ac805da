# del of a local inside a hot loop: the next read raises UnboundLocalError after many iterations.

def f():
    total = 0
    for i in range(3000):
        x = i
        total += x
        if i == 2500:
            del x
            try:
                total += x
            except UnboundLocalError as e:
                print(i, type(e).__name__, e)
    return total

def g(n):
    for i in range(n):
        if i == 2999:
            del i
    return i

def h():
    for i in range(3000):
        if i == 2999:
            return y
        if i == 5000:
            y = 1

def k():
    x = 0
    def inner():
        return x
    s = 0
    for i in range(3000):
        s += inner()
        if i == 2000:
            del x
    return s


def main():
    print(f())
    try:
        g(3000)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        h()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        k()
    except NameError as e:
        print(type(e).__name__, e)


main()
