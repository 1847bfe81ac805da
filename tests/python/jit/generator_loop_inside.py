# Hot loops inside generator bodies, yielding from inside the loop; the generator's locals survive.

def running_sum(n):
    s = 0
    for i in range(n):
        s += i
        if i % 1000 == 999:
            yield i, s

def inner_hot(n):
    for k in range(3):
        t = 0
        for i in range(n):
            t += i * k
        yield t

def gen_with_send():
    total = 0
    i = 0
    while True:
        got = yield total
        for j in range(got):
            total += j
        i += 1

def yields_every_iter():
    x = 0.5
    for i in range(3000):
        x = x * 1.001
        yield x

def closes():
    try:
        for i in range(10**6):
            yield i
    finally:
        print("finally at", i)


def main():
    print(list(running_sum(3000)))
    print(list(inner_hot(3000)))
    g = gen_with_send()
    next(g)
    for n in (3000, 1, 0, 3000):
        print(g.send(n))
    vals = list(yields_every_iter())
    print(len(vals), vals[0], round(vals[-1], 9))
    c = closes()
    for v in c:
        if v == 2999:
            break
    c.close()
    print(sum(x for x in (y * 2 for y in range(3000)) if x % 3))


main()
