# ** in a hot loop: small results, results that overflow a long, negative exponents (floats).


def main():
    s = 0
    for i in range(3000):
        s += (i % 10) ** (i % 25)
    print(s)
    b = 0
    for i in range(3000):
        b = (i % 5 + 2) ** 40
    print(b, b.bit_length())
    f = 0.0
    for i in range(1, 3001):
        f += 2 ** -(i % 10)
    print(f)
    neg = []
    for i in range(3000):
        neg.append((-2) ** (i % 7))
    print(neg[:7], sum(neg))
    m = 0
    for i in range(3000):
        m += pow(i, 65537, 1000003)
    print(m)
    try:
        for i in range(3000):
            z = (i - 2999) ** -1
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
    print(z)


main()
