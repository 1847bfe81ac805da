# Generators and generator expressions consumed in hot loops.

def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def pairs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def delegating(n):
    yield from range(n)
    yield from evens(n)


def main():
    s = 0
    for v in evens(6000):
        s += v
    print(s)
    t = 0
    for i in range(3000):
        t += sum(x * x for x in range(i % 6))
    print(t)
    g = pairs()
    last = None
    for i in range(3000):
        last = next(g)
    print(last % 10**9, last.bit_length())
    e = echo()
    next(e)
    for i in range(3000):
        r = e.send(i)
    print(r)
    try:
        e.send(None)
    except StopIteration as st:
        print("StopIteration", st.value)
    print(sum(delegating(3000)))
    print(max(i % 1013 for i in range(3000)), min((i - 1500) ** 2 for i in range(3000)))
    print(list(x for x in (i * 3 for i in range(3000)) if x % 1000 == 0))


main()
