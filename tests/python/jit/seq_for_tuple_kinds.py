# One for loop fed lists, tuples, strs, ranges and a __getitem__ sequence in turn: the trace
# recorded for one kind of iterator leaves at the loop header for the others, which tier 1 runs.


class Seq:
    def __getitem__(self, i):
        if i >= 30:
            raise IndexError(i)
        return i * 2


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def count_chars(s):
    n = 0
    for c in s:
        if c == "a":
            n += 1
    return n


def main():
    results = []
    for round in range(60):
        results.append(total(list(range(round * 3))))
        results.append(total(tuple(range(round * 2))))
        if round % 10 == 0:
            results.append(total(range(round)))
            results.append(total(Seq()))
            results.append(total([1.5, 2.5, round]))
    print(len(results), sum(results), results[-6:])
    print(count_chars("banana" * 300), count_chars(["a", "b"] * 300), count_chars(("a",) * 500))
    nested = tuple((i, i + 1) for i in range(500))
    s = 0
    for pair in nested:
        s += pair[0] * pair[1] - pair[-1]
    print(s)
    empty = 0
    for i in range(3000):
        for x in ():
            empty += 1
        for x in []:
            empty += 1
    print("empty", empty)


main()
