# Exit blocks store the snapshot's values into the frame themselves: a snapshot whose slots hold
# each other's entry values (a swap, a rotation) must be written from the values read before any
# store, and a value named by two slots is one object.


def swap(n):
    a, b = "x", "y"
    out = []
    for i in range(n):
        a, b = b, a
        if i % 7 == 3:
            out.append(a + b)
    return a, b, out[:3], len(out)


def rotate(n):
    a, b, c = 1, 2.5, "s"
    log = 0
    i = 0
    while i < n:
        a, b, c = c, a, b
        if i % 5 == 0:
            log += len(str(a))
        i += 1
    return a, b, c, log


def shared(n):
    big = 10 ** 6
    x = y = big
    t = 0
    for i in range(n):
        x, y = y, x
        if i % 3 == 1:
            t += (x == y)
        x = y = x + 1
    return x, y, t


def mixed(items):
    # a slot changes type at an exit (int then str) while its neighbour keeps its entry value
    first, second = 0, 0
    for v in items:
        first, second = second, v
        if isinstance(first, str):
            first = len(first)
    return first, second


print(swap(1000))
print(rotate(1000))
print(shared(1000))
print(mixed([1, 2, 3, "four", 5, "six", 7] * 50))
