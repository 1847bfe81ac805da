# Loops left by return or break at various iterations (the first, the second, after the loop is hot,
# never), for and while forms, each called many times: a recording may see the leaving iteration.

def find(xs, target):
    for x in xs:
        if x == target:
            return x * 10
    return -1

def find_index(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return i
        i += 1
    return -1

def first_over(xs, limit):
    total = 0
    for x in xs:
        total += x
        if total > limit:
            break
    return total

def main():
    xs = list(range(50))
    s = 0
    for k in range(3000):
        s += find(xs, k % 60)
        s += find_index(xs, (k * 7) % 55)
        s += first_over(xs, k % 400)
    print(s)
    big = list(range(5000))
    print(find(big, 0), find(big, 1), find(big, 4000), find(big, 9999))
    print(find_index(big, 3000), first_over(big, 10 ** 9))

main()
