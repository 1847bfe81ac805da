# List and tuple slices in traced loops: None, negative and out-of-range bounds, negative steps,
# slice assignment that grows and shrinks the list, and an extended-slice assignment of the
# wrong length raising CPython's ValueError mid-loop.


def flips(perm):
    work = perm[:]
    n = 0
    first = work[0]
    while first:
        work[:first + 1] = work[first::-1]
        n += 1
        first = work[0]
    return n, work


def main():
    data = list(range(50))
    tup = tuple(range(0, 100, 2))
    acc = 0
    for i in range(3000):
        k = i % 60 - 5
        acc += len(data[k:]) + len(data[:k]) + len(data[k:k + 7:2]) + len(tup[k::-1]) + len(data[::3])
        acc += sum(tup[-3:]) if i % 2 else len(tup[None:k])
    print(acc)
    total = 0
    for i in range(1500):
        base = [3, 0, 5, 8, 1, 7, 2, 6, 4]
        p = base[i % 9:] + base[:i % 9]
        total += flips(p)[0]
    print(total, flips([3, 1, 2, 0, 4]))
    grow = [0, 1]
    for i in range(3000):
        if len(grow) < 40:
            grow[1:1] = [i, i + 1]
        else:
            grow[2:30] = (i,)
    print(len(grow), grow[:6])
    ext = list(range(20))
    try:
        for i in range(3000):
            ext[::2] = ext[1::2] if i < 2500 else [0, 1, 2]
    except ValueError as e:
        print(type(e).__name__, e, i)
    print(ext[:5])
    words = ["alpha", "beta", "gamma", "delta"] * 10
    heads = []
    for i in range(3000):
        heads = words[i % 5:i % 5 + 3]
    print(heads)


main()
