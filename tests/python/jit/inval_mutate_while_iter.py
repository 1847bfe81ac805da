# Modifying containers while iterating, in the ways Python allows.


def main():
    lst = list(range(10))
    n = 0
    for v in lst:
        n += 1
        if len(lst) < 3000:
            lst.append(v + 10)
    print(n, len(lst), lst[-3:])
    lst = list(range(3000))
    seen = 0
    for v in lst:
        seen += 1
        if v % 2 == 0:
            lst.pop()
    print(seen, len(lst))
    lst = list(range(3000))
    for i, v in enumerate(lst):
        lst[i] = v * 2
    print(sum(lst))
    d = {i: i for i in range(3000)}
    for k in d:
        d[k] = k + 1
    print(sum(d.values()))
    for k in list(d):
        if k % 3:
            del d[k]
    print(len(d))
    try:
        for k in d:
            if k == 2997:
                d[-1] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        s = set(range(3000))
        for x in s:
            if x == 2500:
                s.add(-1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    lst = list(range(3000))
    for v in lst:
        if v == 1000:
            lst.clear()
    print(lst)


main()
