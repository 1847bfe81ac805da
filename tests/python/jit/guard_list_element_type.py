# A hot loop over a list whose elements are ints until one of another type appears.


def main():
    data = list(range(3000))
    data[2500] = 2500.5
    data[2700] = True
    data[2800] = "x"
    total = 0
    kinds = {}
    for v in data:
        try:
            total = total + v * 2
        except TypeError as e:
            print("TypeError", e)
            continue
        k = type(v).__name__
        kinds[k] = kinds.get(k, 0) + 1
    print(total, sorted(kinds.items()))
    vals = [i for i in range(3000)] + [None, 2**70]
    seen = 0
    for v in vals:
        if v is None:
            print("None at", seen)
            continue
        seen += 1
        last = v + 1
    print(seen, last)


main()
