# A loop whose body records a long trace (well over a hundred IR ops: chained int arithmetic on
# a few variables) that still fits one JVM method: the backend measures such a trace before it
# writes the class it defines. Exits early, in the middle and late in the body must resume the
# interpreter with every variable as the loop left it.


def mix(n, late):
    a, b, c, d = 1, 2, 3, 4
    for i in range(n):
        a = (a * 3 + i) & 0xFFFF
        b = (b * 5 + a) & 0xFFFF
        c = (c * 7 + b) & 0xFFFF
        d = (d * 11 + c) & 0xFFFF
        a = (a ^ d) + (b >> 3)
        b = (b ^ a) + (c >> 2)
        c = (c ^ b) + (d >> 1)
        d = (d ^ c) + (a >> 4)
        a = (a * 13 + d) & 0xFFFF
        b = (b * 17 + a) & 0xFFFF
        if i == late:
            c = c + (1 << 70) + 1           # late: an int beyond 64 bits, reduced below
        c = (c * 19 + b) % 65536
        d = (d * 23 + int(c)) & 0xFFFF
        a = (a + b + d) & 0xFFFF
        b = (b - a + 70000) & 0xFFFF
        d = (d * 29 + a) & 0xFFFF
        a = (a * 31 + b) & 0xFFFF
        b = (b * 37 + d) & 0xFFFF
        d = (d * 41 + a) & 0xFFFF
        a = (a * 43 + b) & 0xFFFF
        b = (b * 47 + d) & 0xFFFF
    return a, b, c, d


print(mix(3000, -1))
print(mix(3000, 2500))
print(mix(10, 5))
print(mix(3000, 0))
