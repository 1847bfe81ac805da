# locals() called inside a hot loop, in a function and at module level.
def f():
    x = 0
    snaps = []
    for i in range(3000):
        x = x + i
        loc = locals()
        if i in (0, 1, 2998, 2999):
            snaps.append((loc["i"], loc["x"], sorted(loc)))
        if loc["x"] != x:
            snaps.append("mismatch")
    return snaps
for s in f():
    print(s)
y = 0
bad = 0
for j in range(3000):
    y += 1
    if locals()["y"] != y or globals()["j"] != j:
        bad += 1
print(bad, y)

def g():
    v = 1
    for i in range(3000):
        d = locals()
        d["v"] = 99
    return v
print(g())

def h():
    out = []
    for i in range(3000):
        if i == 2999:
            del i
            out.append(sorted(locals()))
            break
    return out
print(h())
