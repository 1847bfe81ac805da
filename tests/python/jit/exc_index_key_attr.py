# IndexError, KeyError and AttributeError raised after many successful iterations.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def tb():
    return traceback.format_exc().replace(HERE, "")

class O:
    def __init__(self, i):
        if i != 2998:
            self.val = i


def main():
    lst = list(range(2999))
    s = 0
    try:
        for i in range(3000):
            s += lst[i]
    except IndexError as e:
        print(i, s, type(e).__name__, e)
        print(tb())
    d = {i: i for i in range(2999)}
    s = 0
    try:
        for i in range(3000):
            s += d[i]
    except KeyError as e:
        print(i, s, type(e).__name__, e)
        print(tb())
    objs = [O(i) for i in range(3000)]
    s = 0
    for o in objs:
        try:
            s += o.val
        except AttributeError as e:
            print(s, type(e).__name__, e)
            print(tb())
    print(s)
    t = (1, 2, 3)
    n = 0
    for i in range(3000):
        try:
            n += t[i % 4]
        except IndexError as e:
            n -= 1
    print(n)
    s = "abc"
    try:
        for i in range(3000):
            c = s[-(i % 4) - 1]
    except IndexError as e:
        print(i, type(e).__name__, e)


main()
