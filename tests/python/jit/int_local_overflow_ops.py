# Pure local int loops (no globals, calls or attributes in the body), one per operator, where
# the value leaves the 64-bit range after the loop is hot, and comes back for some.


def add_loop(n):
    x = 2**63 - 1 - 1500
    for i in range(n):
        x = x + 1
    return x


def sub_loop(n):
    x = -(2**63) + 1500
    for i in range(n):
        x = x - 1
    return x


def mul_loop(n):
    x = 1
    k = 0
    for i in range(n):
        x = x * 2
        if x > 2**62:
            k = k + 1
            x = x - 2**62
    return x, k


def neg_loop(n):
    x = -(2**63) + 3
    y = 0
    for i in range(n):
        y = -x
        if i % 3 == 0:
            x = x - 1
        else:
            x = x + 1
    return x, y


def floordiv_loop(n):
    x = -(2**63)
    d = 1
    r = 0
    for i in range(n):
        if i == n - 10:
            d = -1
        r = x // d
    return r, x % d


def mod_neg_loop(n):
    s = 0
    for i in range(n):
        s = s + (i - 1500) % 7 + (1500 - i) // 7
    return s


def mixed_sign_loop(n):
    acc = 0
    step = 3037000499
    for i in range(n):
        acc = acc + step * step
        if i % 100 == 0:
            acc = acc - (2**62) * 3
    return acc


def while_counter(n):
    i = 2**63 - n // 2
    c = 0
    while i < 2**63 + n // 2:
        i = i + 1
        c = c + 1
    return i, c


def main():
    print(add_loop(3000), sub_loop(3000))
    print(mul_loop(3000))
    print(neg_loop(3000))
    print(floordiv_loop(3000))
    print(mod_neg_loop(3000))
    print(mixed_sign_loop(3000))
    print(while_counter(3000))


main()
