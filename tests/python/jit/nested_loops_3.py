# Three nested loops; the innermost gets hot first, then the middle, then the outer.


def main():
    count = 0
    acc = 0
    for a in range(15):
        for b in range(15):
            for c in range(15):
                if (a + b + c) % 7 == 0:
                    count += 1
                acc += a * b - c
    print(count, acc)
    grid = [[(i * j) % 11 for j in range(60)] for i in range(60)]
    best = (0, 0, 0)
    for i in range(60):
        row = grid[i]
        for j in range(60):
            v = row[j]
            for k in range(1):
                if v > best[0]:
                    best = (v, i, j)
    print(best)
    found = None
    for a in range(1, 30):
        for b in range(a, 30):
            for c in range(b, 30):
                if a * a + b * b == c * c and a + b + c > 50:
                    found = (a, b, c)
                    break
            if found:
                break
        if found:
            break
    print(found)


main()
