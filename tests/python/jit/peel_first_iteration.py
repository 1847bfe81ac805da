# Loops whose first iteration differs from the others (types change after iteration 1),
# which a peeled loop must handle.


def main():
    x = None
    s = 0
    for i in range(3000):
        if x is None:
            x = 0
        x += i
    print(x)
    y = 1
    for i in range(3000):
        y = y / 2 if i == 0 else y + 1
    print(y, type(y).__name__)
    z = "start"
    n = 0
    for i in range(3000):
        if isinstance(z, str):
            z = len(z)
        z = z * 2 % 1009
        n += z
    print(n)
    prev = None
    diffs = 0
    for v in range(3000):
        if prev is not None:
            diffs += v - prev
        prev = v
    print(diffs)
    acc = []
    for i in range(3000):
        acc = acc + [i] if i < 2 else acc
        if i == 2:
            acc = tuple(acc)
    print(acc)


main()
