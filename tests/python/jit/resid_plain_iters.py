# for-loops over dict keys, values and items, sets, frozensets and bytes (their iterators run no
# Python code: residual next), and RuntimeError of a dict that changes size mid-loop, raised
# inside the hot loop as tier 1 raises it.


def main():
    d = {f"k{i}": i for i in range(3500)}
    total = 0
    for key in d:
        total += len(key)
    for v in d.values():
        total += v
    for key, v in d.items():
        total += v if key.endswith("7") else 0
    print(total)
    s = set(range(0, 7000, 2))
    fs = frozenset(range(3100))
    print(sum(x for x in s), sum(fs), sum(1 for _ in s))
    n = 0
    for b in bytes(range(256)) * 14:
        n += b
    print(n)
    grow = {i: i for i in range(3300)}
    seen = 0
    try:
        for key in grow:
            seen += 1
            if seen == 3200:
                grow[-1] = 0
    except RuntimeError as e:
        print(type(e).__name__, e, seen)


main()
