# A variable that is an int for many iterations and then becomes a float (and back).


def main():
    x = 0
    for i in range(3000):
        if i == 2000:
            x = float(x)
        x = x + 1
    print(x, type(x).__name__)
    y = 1.5
    for i in range(3000):
        if i == 1500:
            y = int(y)
        y = y * 1 + 1
    print(y, type(y).__name__)
    acc = 0
    for i in range(3000):
        v = i if i % 2 else i / 2
        acc += v
    print(acc, type(acc).__name__)
    res = []
    for i in range(3000):
        a = i - 1500
        b = 2.5 if i > 2990 else 3
        r = (a // b, a % b, a < b, a == b * 1.0)
        if i % 600 == 0 or i > 2995:
            res.append(r)
    for r in res:
        print(*r)
    z = 0.0
    try:
        for i in range(3000):
            z = z + (10**400 if i == 2999 else 1)
    except OverflowError as e:
        print(i, z, type(e).__name__, e)


main()
