# Tuple and list unpacking in a traced loop whose items change shape mid-loop: a wrong length
# raises CPython's ValueError at the same item, a list in place of a tuple unpacks the same, an
# object that is not a sequence raises its TypeError.


def sum_pairs(pairs):
    s = 0
    for a, b in pairs:
        s += a * b
    return s


def main():
    pairs = [(i, i + 1) for i in range(2000)]
    print(sum_pairs(pairs))
    pairs[1500] = [10, 20]
    print(sum_pairs(pairs))
    for bad in ((1, 2, 3), (1,), (), 5, None, "ab", [1, 2, 3]):
        pairs[1700] = bad
        try:
            print(sum_pairs(pairs))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    pairs[1700] = (3, 4)
    triples = [(i, -i, i % 7) for i in range(3000)]
    acc = 0
    for x, y, z in triples:
        acc += x + y * z
    print(acc)
    rows = [[i, i * i] for i in range(3000)]
    acc = 0
    for row in rows:
        u, v = row
        acc += v - u
    print(acc)
    rows[2500].append(0)
    try:
        for row in rows:
            u, v = row
    except ValueError as e:
        print(type(e).__name__, e, u, v)


main()
