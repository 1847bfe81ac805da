# Inner loops with their own trace left by break (at the first, a middle, the last item, never:
# the for-else clause), and an outer loop left by return from inside its inner loop.

def first_at_least(rows, limit):
    found = []
    for row in rows:
        for x in row:
            if x >= limit:
                found.append(x)
                break
        else:
            found.append(None)
    return found

def search(rows, target):
    for i in range(len(rows)):
        for x in rows[i]:
            if x == target:
                return i, x
    return None

def counted(n):
    t = 0
    for i in range(n):
        k = 0
        while True:
            k += 1
            if k > i % 6:
                break
        t += k
    return t

rows = [list(range(m, m + 10)) for m in range(3000)]
print(sum(v for v in first_at_least(rows, 1500) if v is not None), first_at_least(rows, 1500)[:3])
print(search(rows, 2500), search(rows, 7), search(rows, 99999))
print(counted(5000))
