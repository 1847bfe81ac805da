# Recursive functions called from a hot loop, including recursion that raises at depth.

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def boom(n):
    if n == 0:
        raise LookupError("bottom")
    return boom(n - 1)

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)


def main():
    s = 0
    for i in range(3000):
        s += fib(i % 12)
    print(s)
    t = 0
    for i in range(3000):
        t += depth(i % 30)
    print(t)
    print(ack(2, 300))
    c = 0
    for i in range(3000):
        try:
            boom(i % 8)
        except LookupError:
            c += 1
    print(c)
    print(sum(even(i % 50) for i in range(3000)))


main()
