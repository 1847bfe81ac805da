# Inner loops of two or three iterations per entry: tier 1 stops entering their traces (too few
# iterations per entry), but outer loops' traces still run them (CALL_TRACE). Then the short
# loop's trace is invalidated (a global it reads rebound) while an outer trace calls it, and a
# short loop that gets long later.

K = 3

def pairs(n, grid):
    t = 0
    for i in range(n):
        for row in grid:
            for x in row:
                t += x * K
        t %= 1000003
    return t

def grows(n):
    items = [1, 2]
    t = 0
    for i in range(n):
        for x in items:
            t += x
        if i == 3000:
            items = list(range(50))
    return t

def rebinds(n):
    global K
    t = 0
    for i in range(n):
        for x in (1, 2):
            t += x * K
        if i == 2500:
            K = 5
    K = 3
    return t

print(pairs(3000, [[1, 2], [3], [4, 5, 6]]))
print(grows(5000))
print(rebinds(5000))
print(pairs(2000, [[1, 2], [3], [4, 5, 6]]))
