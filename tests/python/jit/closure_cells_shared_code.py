# Many closures sharing one code object but holding different cells, each looping hot.

def make(k):
    def run(n):
        s = 0
        for i in range(n):
            s += k
        return s
    return run

def counter():
    c = 0
    def step():
        nonlocal c
        c += 1
        return c
    return step

def rebinding():
    k = 1
    def get():
        return k
    s = 0
    for i in range(3000):
        s += get()
        if i == 1500:
            k = "a" if False else 2
    return s


def main():
    runs = [make(k) for k in (1, 2.5, 10**20, -3)]
    print([r(3000) for r in runs])
    print([r(3000) for r in reversed(runs)])
    steps = [counter() for _ in range(3)]
    t = 0
    for i in range(3000):
        t += steps[i % 3]()
    print(t, [s() for s in steps])
    print(rebinding())


main()
