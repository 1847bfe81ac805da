# len() and truth of sets and frozensets in traced loops (LEN of an exact set): a set that grows
# and shrinks inside the loop, emptied after the loop is hot, and a frozenset.


def main():
    seen = set()
    total = 0
    for k in range(4000):
        if k % 5:
            seen.add(k % 300)
        elif seen:
            seen.discard(k % 300 + 1)
        total += len(seen)
        if k == 3500:
            seen.clear()
    print(total, len(seen))
    fs = frozenset(range(7))
    n = 0
    for k in range(3200):
        n += len(fs) if fs else -1
        if k == 3000:
            fs = frozenset()
    print(n)


main()
