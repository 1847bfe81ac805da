# Inner loops with their own trace whose guards fail late (floats after ints, a string, a list
# mutated by the outer body), so the inner trace leaves mid-loop and the outer trace leaves or
# goes on with what tier 1 did.

def sums(rows):
    t = 0
    for row in rows:
        s = 0
        for x in row:
            s = s + x
        t = t + s
    return t

def growing(n):
    acc = []
    t = 0
    for i in range(n):
        for x in acc:
            t += x
        if len(acc) < 6:
            acc.append(i)
        elif i % 500 == 0:
            acc.pop(0)
    return t, acc

rows = [[1, 2, 3] for i in range(3000)]
rows[1500] = [1, 2.5, 3]
rows[2000] = [1.5, 2.5]
print(sums(rows))
rows[2500] = ["a", "b"]
try:
    print(sums(rows))
except TypeError as e:
    print("TypeError", e)
print(growing(4000))
