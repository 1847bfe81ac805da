# Huge ints converted to float mid-loop (OverflowError), and round() in hot loops.


def main():
    v = 1
    try:
        for i in range(3000):
            v *= 2
            f = float(v)
    except OverflowError as e:
        print(i, type(e).__name__, e)
    try:
        for i in range(3000):
            x = 1.0 + 10 ** (i // 5)
    except OverflowError as e:
        print(i, type(e).__name__, e)
    try:
        for i in range(3000):
            x = (10 ** (i // 5)) / 3
    except OverflowError as e:
        print(i, type(e).__name__, e)
    r = []
    for i in range(3000):
        a = round(i / 8)
        b = round(i / 8, 1)
        c = round(-i / 8)
        if i % 300 == 4:
            r.append((a, b, c))
    print(r)
    print(round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(0.125, 2), round(2**70 + 0.0))
    try:
        for i in range(3000):
            round(float("inf") if i == 2999 else 1.5)
    except OverflowError as e:
        print(i, type(e).__name__, e)
    try:
        int(float("nan"))
    except ValueError as e:
        print(type(e).__name__, e)
    s = 0.0
    for i in range(3000):
        s += 2.0 ** (i % 1000)
    print(s)
    try:
        for i in range(3000):
            s = 2.0 ** (i)
    except OverflowError as e:
        print(i, type(e).__name__, e)


main()
