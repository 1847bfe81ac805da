# Inner loops of 0, 1, 2 and 5 iterations inside a hot outer loop.


def main():
    counts = [0, 0, 0, 0]
    for i in range(3000):
        for n_i, n in enumerate((0, 1, 2, 5)):
            for j in range(n):
                counts[n_i] += j + 1
    print(counts)
    total = 0
    for i in range(3000):
        k = i % 4
        while k > 0:
            total += k
            k -= 1
    print(total)
    hits = 0
    for i in range(3000):
        for x in [] if i % 2 else [i]:
            hits += x
        for y in ():
            hits -= 1000
    print(hits)
    s = 0
    for i in range(3000):
        n = 5 if i < 2000 else (0 if i < 2500 else 1)
        for j in range(n):
            s += j
    print(s)


main()
