# &, |, ^, ~ and >> on negative and big ints in hot loops (two's complement of infinite width).


def main():
    a = b = c = 0
    for i in range(3000):
        v = i - 1500
        a += v & -v
        b += v | -8
        c ^= v ^ (v >> 2)
    print(a, b, c)
    big = -(2**70) + 12345
    r = []
    for i in range(3000):
        m = (big >> (i % 80)) & 0xFFFF
        r.append(m)
    print(sum(r), r[:5], r[-3:])
    x = 0
    for i in range(3000):
        x = (x | (1 << (i % 100))) & ~(1 << ((i * 7) % 100))
    print(x, bin(x).count("1"))
    n = 0
    for i in range(3000):
        n += (~i) & 0xFF
        n += -i >> 70
    print(n)
    print((-1) & (2**64 - 1), (-2**63) | 0, (2**63) ^ -1, ~(2**63), -(2**63) >> 63, -1 >> 1000)


main()
