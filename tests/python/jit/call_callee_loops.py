# A hot loop whose callee has its own hot loop (nested traces, loop in an inlined frame).

def inner_sum(n):
    s = 0
    for j in range(n):
        s += j
    return s

def inner_while(n):
    k = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        k += 1
    return k

def early_exit(n):
    for j in range(1000):
        if j * j > n:
            return j
    return -1


def main():
    total = 0
    for i in range(3000):
        total += inner_sum(i % 40)
    print(total)
    print(sum(inner_while(i) for i in range(1, 3001)))
    acc = 0
    for i in range(3000):
        acc += early_exit(i * 10)
    print(acc)


main()
