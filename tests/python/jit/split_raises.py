# A loop body too long for one trace, split into a trace and bridges: an exception raised in
# the second piece (inside an inlined call, then in the loop's own frame) must give the
# traceback the interpreter gives, and a handler around the loop sees every variable as the
# loop left it.


def ratio(x, y):
    return x // y


def run(n, zero_at, own_frame):
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    for i in range(n):
        a = (a + i) & 0xFFFF
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
        y = 0 if i == zero_at else i + 1
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
        if own_frame:
            e = (e + 100 // y) & 0xFFFF
        else:
            e = (e + ratio(100, y)) & 0xFFFF
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
    return a, b, c, d, e, f, g, h


N = 4000
print(run(N, -1, False))
try:
    run(N, 3200, True)
except ZeroDivisionError as x:
    print("caught", x)
print(run(N, -1, True))
run(N, 3600, False)
