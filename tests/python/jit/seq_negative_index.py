# Negative and positive indices into lists and tuples in traced loops, up to the index that is
# out of range mid-loop (IndexError raised where CPython raises it, the loop's state intact).


def main():
    l = list(range(3000))
    t = tuple(range(0, 9000, 3))
    s = 0
    for i in range(1, 3001):
        s += l[0 - i] * 2 + t[0 - i] - l[i - 1] + t[i - 1]
    print(s)
    for k in (1, 50, 2999):
        acc = 0
        for i in range(3000):
            acc += l[0 - k] + t[0 - k] + l[-1] + t[-2]
        print(k, acc)
    acc = 0
    i = 0
    try:
        while True:
            i += 1
            acc += l[0 - i] + t[i - 1]
    except IndexError as e:
        print(type(e).__name__, e, i, acc)
    i = 0
    try:
        while True:
            i += 1
            acc += t[0 - i]
    except IndexError as e:
        print(type(e).__name__, e, i, acc)
    m = [0] * 50
    for i in range(3000):
        m[0 - i % 50 - 1] += i
    print(m[:3], m[-3:])
    try:
        for i in range(3000):
            m[0 - i % 60 - 1] = i
    except IndexError as e:
        print(type(e).__name__, e, i)
    last = [[1, 2], [3, 4]]
    tot = 0
    for i in range(3000):
        tot += last[-1][-2] + last[i % 2][-1]
    print(tot)


main()
