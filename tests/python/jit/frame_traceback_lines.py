# Traceback line numbers for an exception raised after a loop has run for a while.
import os
import sys
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def compute(n):
    total = 0
    for i in range(n):
        total += i
        if i == n - 1:
            total = total / (i - i)
    return total

def loop_then_raise():
    acc = 0
    for i in range(3000):
        acc += i
    x = [1, 2, 3]
    return x[acc]

def gen():
    for i in range(3000):
        yield i
    raise RuntimeError("after yields")

def multi_line(i):
    return (
        i
        + 1
        + [][i]
    )


def main():
    try:
        compute(3000)
    except ZeroDivisionError:
        et, ev, tb = sys.exc_info()
        print([(t.name, t.lineno, t.line) for t in traceback.extract_tb(tb)])
        print(traceback.format_exc().replace(HERE, ""))
    try:
        loop_then_raise()
    except IndexError as e:
        print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])
    try:
        for v in gen():
            pass
    except RuntimeError:
        print(traceback.format_exc().replace(HERE, ""))
    try:
        for i in range(3000):
            multi_line(i) if i == 2999 else None
    except IndexError:
        print(traceback.format_exc().replace(HERE, ""))


main()
