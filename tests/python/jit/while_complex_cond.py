# While loops with compound conditions (and/or/not, calls, walrus) in the condition.


def main():
    i, j = 0, 3000
    steps = 0
    while i < j and (i % 1000 != 999 or steps < 5000) and not (i > 2500 and j < 2600):
        i += 1
        j -= 0 if i % 3 else 1
        steps += 1
    print(i, j, steps)
    data = list(range(3000))
    k = 0
    while k < len(data) and (data[k] < 2800 or data[k] % 7) and data[k] is not None:
        k += 1
    print(k)
    n = 0
    while (m := n * n) < 9000000 or n < 10:
        n += 1
    print(n, m)
    a = 1
    b = 0
    while a and b < 3000 or b == 3000:
        b += 1
        if b > 3000:
            a = 0
    print(a, b)


main()
