# for over reversed(a_list) in hot loops, alone and under enumerate/zip: a list that shrinks
# below the position mid-loop (the loop ends), one that grows (positions stay), a break and a
# second loop over the same reverse iterator, and its __length_hint__/__reduce__ after the loop.


def total(xs):
    t = 0.0
    for x in reversed(xs):
        t = t * 0.5 + x
    return t


def shrink(n):
    xs = list(range(n))
    seen = []
    for x in reversed(xs):
        seen.append(x)
        if x % 100 == 0:
            del xs[-150:]
    return len(seen), seen[-3:], len(xs)


def grow(n):
    xs = list(range(n))
    s = 0
    for x in reversed(xs):
        if x % 3 == 0:
            xs.append(x)
        s += x
    return s, len(xs)


def split(xs):
    r = reversed(xs)
    a = 0
    for x in r:
        a += x
        if x == 300:
            break
    b = 0
    for x in r:
        b += x
    return a, b, r.__length_hint__(), r.__reduce__()


def mixed(xs):
    s = 0
    for i, x in enumerate(reversed(xs)):
        s += i * x
    for a, b in zip(reversed(xs), xs):
        s += a - b
    for a, b in zip(range(10**6), reversed(xs)):
        s += a ^ b
    return s


def main():
    xs = [k * 0.125 for k in range(1000)]
    print(sum(total(xs) for _ in range(10)))
    print(shrink(1000))
    print(grow(900))
    print(split(list(range(1000))))
    print(mixed(list(range(800))))
    print(list(reversed([])), next(reversed([1]), None))


main()
