# break, continue and for/while-else in hot loops.

def first_neg(lst):
    for v in lst:
        if v < 0:
            break
    else:
        return None
    return v


def main():
    primes = []
    for n in range(2, 3000):
        for d in range(2, n):
            if d * d > n:
                primes.append(n)
                break
            if n % d == 0:
                break
        else:
            primes.append(n)
    print(len(primes), primes[-3:])
    skipped = 0
    s = 0
    for i in range(3000):
        if i % 3 == 0:
            skipped += 1
            continue
        s += i
    else:
        print("else ran", s, skipped)
    i = 0
    while i < 3000:
        i += 1
        if i == 5000:
            break
    else:
        print("while else", i)
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i >= 3000:
            break
    print(i)
    print([first_neg(list(range(k, -3, -1))) for k in range(0, 3000, 500)], first_neg([1, 2]))


main()
