# A 3-item loop entered thousands of times is given up to tier 1 ("too few iterations per
# entry"); later the same loop runs over long lists and must still give CPython's results.
def count(items, limit):
    n = 0
    for x in items:
        if x > limit:
            n += x
        else:
            n -= 1
    return n


total = 0
for i in range(3000):
    total += count((i, i + 1, i + 2), 1500)
print(total)
for i in range(20):
    total += count(list(range(i * 50)), 25)
print(total)
total += count([1.5, 2, 10 ** 20, -3], 1)
print(total)
