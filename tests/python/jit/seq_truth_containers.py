# The truth of lists, tuples, strs and dicts in branches of traced loops, with containers that
# become empty or non-empty mid-loop, and a value that changes type (list -> None -> str).


def main():
    stack = list(range(3000))
    popped = 0
    while stack:
        stack.pop()
        popped += 1
    print(popped, stack)
    items = [[], [1], (), (2,), "", "x", {}, {"k": 1}]
    counts = [0] * len(items)
    for i in range(3000):
        k = i % 8
        if items[k]:
            counts[k] += 1
    print(counts)
    buf = []
    out = 0
    for i in range(3000):
        if not buf:
            buf.extend(range(i % 7))
            out += 1
        else:
            buf.pop()
    print(out, buf)
    v = [1]
    hits = 0
    for i in range(3000):
        if i == 1000:
            v = None
        elif i == 2000:
            v = "abc"
        elif i == 2500:
            v = ""
        if v:
            hits += 1
    print(hits)
    d = {}
    n = 0
    for i in range(3000):
        if d:
            n += 1
        if i == 1500:
            d["a"] = 1
    print(n)


main()
