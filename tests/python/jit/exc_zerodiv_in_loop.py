# ZeroDivisionError raised in a hot loop body, caught inside the loop, traceback printed.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def tb():
    return traceback.format_exc().replace(HERE, "")


def main():
    caught = 0
    s = 0
    for i in range(3000):
        d = i % 1000
        try:
            s += 1000 // d
        except ZeroDivisionError:
            caught += 1
            if caught < 3:
                print(tb())
    print(caught, s)
    fs = 0.0
    for i in range(3000):
        try:
            fs += 1.0 / (i - 2900)
        except ZeroDivisionError as e:
            print(i, type(e).__name__, e)
    print(round(fs, 6))
    for i in range(3000):
        try:
            x = i % (i - 2999)
        except ZeroDivisionError as e:
            print(i, type(e).__name__, e)
            print(tb())


main()
