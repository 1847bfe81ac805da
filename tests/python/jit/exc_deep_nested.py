# An exception raised 4 calls deep from a hot loop, after thousands of normal returns.
import os
import traceback
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def level4(x):
    if x == 2777:
        raise ValueError("deep %d" % x)
    return x + 1

def level3(x):
    y = level4(x) * 2
    return y - x

def level2(x):
    return level3(x) + 1

def level1(x):
    a = level2(x)
    return a

def outer(n):
    s = 0
    for i in range(n):
        s += level1(i)
    return s


def main():
    total = 0
    for i in range(3000):
        try:
            total += level1(i)
        except ValueError as e:
            print(type(e).__name__, e)
            print(traceback.format_exc().replace(HERE, ""))
    print(total)
    try:
        outer(3000)
    except ValueError as e:
        print(traceback.format_exc().replace(HERE, ""))
        tbk = e.__traceback__
        lines = []
        while tbk is not None:
            lines.append((tbk.tb_frame.f_code.co_name, tbk.tb_lineno))
            tbk = tbk.tb_next
        print(lines)


main()
