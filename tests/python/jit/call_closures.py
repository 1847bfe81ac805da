# Closures called from a hot loop; a cell rebound by the closure and by the enclosing function.

def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

def outer():
    x = 0
    fs = []
    for i in range(3000):
        x += 1
        fs.append(lambda: x)
        if i == 1500:
            print("mid", fs[0](), fs[-1]())
    return fs

def acc_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(3000):
        add(i)
        if i == 2000:
            total = -total
    return total


def main():
    inc, get = make_counter()
    for i in range(3000):
        inc()
        if i % 1000 == 0:
            inc(100)
    print(get())
    fs = outer()
    print(fs[0](), fs[-1](), len(fs))
    adders = [(lambda n: (lambda v: v + n))(j) for j in range(5)]
    t = 0
    for i in range(3000):
        t = adders[i % 5](t) % 10007
    print(t)
    print(acc_gen())


main()
