# A list iterated by a traced for loop while the list shrinks or grows mid-loop (through code
# outside the trace): the trace's iterator guard re-reads the length every iteration, so the
# loop ends exactly where CPython's list iterator ends it.


def shrink(items, cut, drop):
    total = 0
    n = 0
    for x in items:
        total += x
        n += 1
        if n == cut:
            del items[-drop:]
    return total, n, len(items)


def grow(items, at, extra):
    total = 0
    n = 0
    for x in items:
        total += x
        n += 1
        if n == at:
            items.extend(extra)
    return total, n, len(items)


def clear_mid(items, at):
    seen = []
    for x in items:
        seen.append(x)
        if x == at:
            items.clear()
    return len(seen), seen[-1]


def main():
    for cut, drop in ((1500, 10), (2000, 1500), (2999, 1), (1, 2999)):
        print("shrink", cut, drop, shrink(list(range(3000)), cut, drop))
    print("grow", grow(list(range(3000)), 2500, list(range(1000, 1050))))
    print("grow at end", grow(list(range(3000)), 3000, [7, 8, 9]))
    print("clear", clear_mid(list(range(3000)), 2000))
    l = list(range(4000))
    out = []
    for x in l:
        out.append(x)
        if len(l) > 2500:
            l.pop()
    print("pop while iterating", len(out), out[-3:], len(l))


main()
