# Unboxed values live across a linked bridge hop: the trace keeps ints and floats unboxed, its exit
# boxes them into the frame, the linked bridge reads them back and the trace goes on with what the
# bridge wrote (a float turned int, an int past 64 bits, one object under two names).


def floats(n):
    x = 0.5
    y = 1.0
    k = 0
    for i in range(n):
        if i % 3 == 0:
            x = x * 1.0001 + 0.25
            k += 2
        else:
            y = y + x / 7.0
            k -= 1
    return x, y, k


def int_to_float(n):
    s = 0
    for i in range(n):
        if i % 5 == 4:
            s = s / 2
        else:
            s = s + i
    return s


def overflow(n):
    v = 1
    count = 0
    for i in range(n):
        if i % 2:
            v = v * 3
        else:
            v = v + 1
        if v > 10 ** 30:
            count += 1
            v = v % 1000
    return v, count


def aliases(n):
    keep = []
    a = 7
    for i in range(n):
        if i % 2:
            a = a + 1000
            b = a
            keep.append(b)
        else:
            a = a - 999
            b = a
    last = keep[-1] if keep else None
    return a, b, a is b, last, len(keep)


for n in (1, 10, 1000, 2500, 6001):
    print(floats(n), int_to_float(n), overflow(n), aliases(n))
