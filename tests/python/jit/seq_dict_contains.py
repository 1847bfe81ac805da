# Dict subscripts and stores by str and int keys and 'in' / 'not in' tests in traced loops: a key
# that goes missing mid-loop raises CPython's KeyError, a dict replaced by a user mapping, an 'in'
# whose list gains an object with its own __eq__.


class Loud:
    def __eq__(self, other):
        print("eq called with", other)
        return False

    __hash__ = object.__hash__


def main():
    counts = {"a": 0, "b": 0, "c": 0}
    keys = ["a", "b", "c"]
    for i in range(3000):
        k = keys[i % 3]
        counts[k] = counts[k] + i
    print(counts)
    squares = {n: n * n for n in range(100)}
    total = 0
    for i in range(3000):
        total += squares[i % 100]
    print(total)
    try:
        for i in range(3000):
            if i == 2500:
                del squares[7]
            total += squares[i % 100]
    except KeyError as e:
        print(type(e).__name__, e, i)
    seen = set()
    hits = 0
    for i in range(3000):
        if i % 7 in seen:
            hits += 1
        if i % 11 == 0:
            seen.add(i % 7)
    print(hits, sorted(seen))
    small = [1, 2, 3, 5, 8, 13]
    fib = 0
    for i in range(3000):
        if i % 20 in small:
            fib += 1
        if i % 20 not in small:
            fib += 2
        if i == 2000:
            small.append(Loud())
            small.append(21)
    print(fib)
    names = ("x", "y", "z")
    n = 0
    for i in range(3000):
        if "y" in names and "w" not in names:
            n += 1
        n += ("x" in counts) + (i in squares)
    print(n)


main()
