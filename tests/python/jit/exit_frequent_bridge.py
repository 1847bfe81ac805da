# Side exits that fire often (a branch taken every third iteration, a type alternating),
# so a bridge would grow; results must be exact whatever tier runs them.


def main():
    total = 0
    for i in range(6000):
        if i % 3 == 0:
            total += i * 2
        elif i % 3 == 1:
            total -= i
        else:
            total ^= i
    print(total)
    vals = [1, 2.5, 3, "x", 4, None]
    acc = 0.0
    strs = 0
    nones = 0
    for i in range(6000):
        v = vals[i % 6]
        if v is None:
            nones += 1
        elif isinstance(v, str):
            strs += len(v)
        else:
            acc += v
    print(acc, strs, nones)
    r = 0
    for i in range(6000):
        r = r + (i if i % 7 else -i) * (1 if i % 11 else 2**64)
    print(r)


main()
