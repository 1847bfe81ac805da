# Tuples the trace never allocates (packed to pass or return, unpacked at once) must still be
# real tuples when an exit needs them: built at the exit from their items, one object per tuple
# (the same tuple passed twice is one object), with the right items after an int overflow.

def pair(a, b):
    return a, b

def use(p, q, i):
    if i == 2500 or i == 2990:
        print("at", i, p, q, p is q, type(p).__name__, len(q))
    return p[0] + q[1]

def both(p, i):
    return use(p, p, i)

def grow(x, i):
    y = x * x
    return (x, y, i)

def main():
    t = 0
    for i in range(3000):
        a, b = pair(i, i + 1)
        t += a - b
        t += both((i, i * 3), i)
    print(t)
    big = 3037000490
    s = 0
    for i in range(3000):
        x, y, k = grow(big + i - 2000, i)
        s += y - x * x + k
    print(s)
    seen = []
    for i in range(3000):
        p = pair(i, -i)
        q = both(p, i)
        if i % 1000 == 999:
            seen.append(p)
    print(seen, q)


main()
