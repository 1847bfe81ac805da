# A loop whose body is far longer than one trace may be: the JIT records it in pieces (a trace
# that ends in an always-taken exit, whose bridge records the next piece, and so on). Exits from
# every piece (a branch the recording did not take in the first, middle and last piece, an int
# past 64 bits in the last) must resume the interpreter with every variable as the loop left it.


def run(n, early, middle, late, scale):
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    log = []
    for i in range(n):
        a = (a + i) & 0xFFFF
        if i == early:
            log.append(("early", i, a, b, c, d, e, f, g, h))
            b = b + 1
        f = (c * 1 + g) & 0xFFFF
        b = (b + b - f + 1) & 0xFFFF
        d = (a ^ (b << 3)) & 0xFFFF
        g = (g | 2) + (b >> 1)
        g = (a * 4 + b) & 0xFFFF
        a = (a + g - a + 4) & 0xFFFF
        a = (c ^ (e << 3)) & 0xFFFF
        c = (c | 9) + (b >> 1)
        c = (b * 6 + d) & 0xFFFF
        b = (b + b - a + 4) & 0xFFFF
        h = (g ^ (f << 0)) & 0xFFFF
        h = (h | 4) + (f >> 1)
        c = (d * 5 + b) & 0xFFFF
        h = (h + f - h + 5) & 0xFFFF
        b = (b ^ (g << 3)) & 0xFFFF
        f = (f | 7) + (c >> 1)
        a = (b * 6 + f) & 0xFFFF
        f = (f + h - h + 2) & 0xFFFF
        b = (e ^ (h << 2)) & 0xFFFF
        a = (a | 5) + (e >> 1)
        g = (f * 8 + a) & 0xFFFF
        f = (f + c - b + 8) & 0xFFFF
        a = (d ^ (e << 3)) & 0xFFFF
        d = (d | 8) + (g >> 1)
        b = (c * 7 + h) & 0xFFFF
        e = (e + c - g + 9) & 0xFFFF
        e = (g ^ (f << 3)) & 0xFFFF
        d = (d | 3) + (c >> 1)
        c = (d * 1 + d) & 0xFFFF
        h = (h + c - e + 5) & 0xFFFF
        a = (c ^ (g << 1)) & 0xFFFF
        f = (f | 9) + (f >> 1)
        a = (h * 7 + g) & 0xFFFF
        g = (g + g - b + 8) & 0xFFFF
        g = (a ^ (d << 2)) & 0xFFFF
        d = (d | 2) + (h >> 1)
        f = (a * 1 + b) & 0xFFFF
        c = (c + b - f + 1) & 0xFFFF
        b = (d ^ (g << 3)) & 0xFFFF
        e = (e | 8) + (f >> 1)
        if i == middle:
            log.append(("middle", i, a, b, c, d, e, f, g, h))
            c = c + 7
        b = (b * 8 + h) & 0xFFFF
        h = (h + h - e + 2) & 0xFFFF
        c = (b ^ (f << 1)) & 0xFFFF
        h = (h | 4) + (c >> 1)
        f = (c * 9 + a) & 0xFFFF
        e = (e + b - e + 9) & 0xFFFF
        f = (c ^ (f << 0)) & 0xFFFF
        f = (f | 4) + (d >> 1)
        g = (d * 9 + d) & 0xFFFF
        h = (h + f - a + 1) & 0xFFFF
        e = (h ^ (e << 0)) & 0xFFFF
        f = (f | 6) + (h >> 1)
        b = (d * 4 + b) & 0xFFFF
        h = (h + d - f + 4) & 0xFFFF
        h = (a ^ (h << 2)) & 0xFFFF
        b = (b | 4) + (b >> 1)
        h = (c * 6 + g) & 0xFFFF
        b = (b + g - h + 7) & 0xFFFF
        b = (c ^ (c << 3)) & 0xFFFF
        a = (a | 3) + (c >> 1)
        h = (f * 9 + c) & 0xFFFF
        c = (c + a - a + 2) & 0xFFFF
        c = (g ^ (d << 0)) & 0xFFFF
        a = (a | 5) + (e >> 1)
        d = (f * 9 + e) & 0xFFFF
        g = (g + c - a + 6) & 0xFFFF
        h = (g ^ (c << 1)) & 0xFFFF
        c = (c | 3) + (a >> 1)
        a = (c * 3 + c) & 0xFFFF
        h = (h + b - a + 6) & 0xFFFF
        h = (b ^ (a << 0)) & 0xFFFF
        d = (d | 2) + (e >> 1)
        h = (a * 8 + b) & 0xFFFF
        f = (f + d - e + 8) & 0xFFFF
        h = (d ^ (e << 1)) & 0xFFFF
        d = (d | 7) + (h >> 1)
        b = (g * 6 + h) & 0xFFFF
        b = (b + d - g + 2) & 0xFFFF
        d = (e ^ (b << 3)) & 0xFFFF
        f = (f | 3) + (c >> 1)
        h = (h * scale[i]) & 0xFFFFF
        if i == late:
            log.append(("late", i, a, b, c, d, e, f, g, h))
            d = d ^ 5
        h = (d * 7 + b) & 0xFFFF
        h = (h + c - d + 3) & 0xFFFF
        g = (g ^ (f << 3)) & 0xFFFF
        d = (d | 2) + (f >> 1)
        f = (a * 9 + f) & 0xFFFF
        h = (h + h - a + 7) & 0xFFFF
        f = (e ^ (b << 2)) & 0xFFFF
        d = (d | 5) + (b >> 1)
        e = (a * 5 + c) & 0xFFFF
        c = (c + g - e + 7) & 0xFFFF
        c = (h ^ (f << 2)) & 0xFFFF
        e = (e | 7) + (a >> 1)
        b = (e * 2 + a) & 0xFFFF
        e = (e + b - d + 2) & 0xFFFF
        e = (b ^ (h << 1)) & 0xFFFF
        f = (f | 3) + (g >> 1)
        a = (d * 3 + b) & 0xFFFF
        e = (e + a - c + 4) & 0xFFFF
        e = (e ^ (d << 1)) & 0xFFFF
        h = (h | 6) + (c >> 1)
        a = (e * 1 + a) & 0xFFFF
        a = (a + d - h + 4) & 0xFFFF
        h = (b ^ (g << 0)) & 0xFFFF
        g = (g | 4) + (e >> 1)
        f = (d * 7 + c) & 0xFFFF
        f = (f + a - c + 1) & 0xFFFF
        b = (e ^ (g << 3)) & 0xFFFF
        a = (a | 9) + (b >> 1)
        e = (d * 1 + e) & 0xFFFF
        h = (h + c - c + 5) & 0xFFFF
        h = (a ^ (e << 2)) & 0xFFFF
        f = (f | 1) + (f >> 1)
        e = (d * 3 + f) & 0xFFFF
        a = (a + f - g + 2) & 0xFFFF
        h = (e ^ (d << 0)) & 0xFFFF
        a = (a | 2) + (b >> 1)
        c = (g * 7 + a) & 0xFFFF
        a = (a + e - e + 4) & 0xFFFF
        b = (c ^ (g << 2)) & 0xFFFF
        h = (h | 3) + (c >> 1)
        if i % 700 == 0:
            log.append((i, a, b, c, d, e, f, g, h))
    return (a, b, c, d, e, f, g, h), log


N = 4000
ones = [1] * N
print(run(N, -1, -1, -1, ones))
print(run(N, 3100, -1, -1, ones)[1][-3:])
print(run(N, -1, 3300, -1, ones)[1][-3:])
print(run(N, -1, -1, 3500, ones)[1][-3:])
big = [1 if k % 900 else (1 << 70) + k for k in range(N)]
print(run(N, -1, -1, -1, big))
print(run(N, 2500, 2900, 3700, big))
for k in range(3):
    print(run(N, 1000 * k + 1500, 1000 * k + 1600, 1000 * k + 1700, ones)[0])
