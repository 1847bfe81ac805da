# The path an often-failing guard leads to leaves the loop (break, return): no bridge can close
# there, the recording aborts without changing anything and tier 1 runs the rest.


def find(n, every):
    hits = 0
    i = 0
    while i < n:
        if i % every == every - 1:
            hits += 1
            if hits > 100:
                break
        i += 1
    return i, hits


def first_over(n, limit):
    i = 0
    s = 0
    while i < n:
        s += i
        if s > limit:
            return i, s
        i += 1
    return -1, s


total = 0
for j in range(40):
    total += find(6000, 2 + j % 5)[0]
    total += first_over(6000, 1000 + j)[0]
print(total)
print(find(6000, 7), first_over(100, 10**9))
