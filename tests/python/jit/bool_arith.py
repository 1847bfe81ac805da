# bool values in arithmetic, as ints, in hot loops.


def main():
    t = 0
    for i in range(3000):
        t += (i % 3 == 0) + (i % 5 == 0) * 2 - (i > 1500)
    print(t)
    b = True
    res = []
    for i in range(3000):
        b = not b
        res.append(b + b)
    print(sum(res), res[:4], type(True + True).__name__, type(True & False).__name__, True & False, True | 2)
    c = 0
    for i in range(3000):
        c = c ^ (i & 1 == 1)
        c = c | False
    print(c, type(c).__name__)
    s = 0
    for i in range(3000):
        s += -True + ~False + True * 3.5
    print(s)
    print([True // 1, True % 2, True ** 10, False - True, divmod(True, True)])


main()
