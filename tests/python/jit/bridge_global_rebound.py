# A bridge that reads a global (the odd arm) when the global is rebound between calls, and once
# inside the loop through a helper: the bridge's assumption no longer holds, it is dropped (or
# exits) and the sums use the new value exactly as tier 1 does.
K = 1


def setk(v):
    global K
    K = v


def run(n, flip):
    s = 0
    i = 0
    while i < n:
        if i % 2:
            s += K
        else:
            s -= 1
        if i == flip:
            setk(K + 10)
        i += 1
    return s


print(run(6000, -1))
K = 5
print(run(6000, -1))
print(run(6000, 3001))
print(K)
