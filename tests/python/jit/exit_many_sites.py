# Several independent sites in one loop body, each changing type on its own schedule, so
# exits fire at many places of one trace.


def main():
    vals = [1, 2.0, True, 10**20, "s", None, (1,), 3j]
    counts = [0] * 8
    acc = 0.0
    out = []
    for i in range(6000):
        a = vals[i % 3]
        b = vals[(i // 7) % 4]
        c = vals[(i // 500) % 8]
        x = a + b
        if type(x) is float:
            counts[0] += 1
        else:
            counts[1] += 1
        try:
            y = c * 2
            counts[2] += 1
        except TypeError:
            counts[3] += 1
            y = 0
        if isinstance(y, (int, float)) and not isinstance(y, bool):
            acc += y if y < 10**10 else 1
        elif y:
            counts[4] += 1
        else:
            counts[5] += 1
        if i % 1000 == 999:
            out.append((i, repr(x), repr(y)))
    print(counts, acc)
    for o in out:
        print(*o)


main()
