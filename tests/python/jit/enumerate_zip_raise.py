# An exception raised mid-trace by the iterator under enumerate or zip (a dict changed size
# during iteration) unwinds at the loop's FOR_ITER as tier 1's would: same traceback, and the
# enumerate's index as far as it got.

import traceback


def grow(d):
    n = 0
    for i, k in enumerate(d):
        n += i
        if i == 300:
            d[-1] = 0
    return n


def grow_zip(d):
    n = 0
    for k, v in zip(d, range(10**6)):
        n += v
        if v == 450:
            d[-1] = 0
    return n


def main():
    for f in (grow, grow_zip):
        d = {k: k for k in range(600)}
        try:
            f(d)
        except RuntimeError:
            traceback.print_exc()
    e = enumerate({k: k for k in range(500)})
    for i, k in e:
        if i == 250:
            break
    print(next(e), next(e))
    d = {k: k for k in range(500)}
    e = enumerate(d)
    try:
        for i, k in e:
            if i == 400:
                d[1000] = 1
    except RuntimeError as err:
        print("RuntimeError", err, i)
    print(e.__reduce__()[1][1])
    grow({k: k for k in range(600)})


main()
