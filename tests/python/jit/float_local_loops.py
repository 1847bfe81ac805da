# Pure local float loops where inf, nan and -0.0 appear after the loop is hot, and an int
# local becomes a float (and a float meets an int) mid-loop.


def grow(n):
    x = 1.0
    hits = 0
    for i in range(n):
        x = x * 1.5
        if x > 1e300:
            hits = hits + 1
    return x, hits


def nan_compare(n):
    a = 0.0
    lt = 0
    eq = 0
    ne = 0
    for i in range(n):
        if i == 2000:
            a = a * 0.0 + (1e308 * 10 - 1e308 * 10)
        else:
            a = a + 1.0
        if a < 5000.0:
            lt = lt + 1
        if a == a:
            eq = eq + 1
        if a != a:
            ne = ne + 1
    return lt, eq, ne


def neg_zero(n):
    z = 0.0
    for i in range(n):
        z = z * -1.0
    w = -0.0
    for i in range(n):
        w = w + 0.0 if i == n - 1 else w * 1.0
    return z, w


def int_then_float(n):
    x = 0
    for i in range(n):
        if i == 2000:
            x = x + 0.5
        x = x + 1
    return x


def float_floor_mod(n):
    s = 0.0
    t = 0.0
    for i in range(n):
        a = i - 1500.5
        s = s + a // 7.0
        t = t + a % -3.0
    return s, t


def div_late_zero(n):
    d = 3.0
    r = 0.0
    try:
        for i in range(n):
            if i == n - 1:
                d = d - 3.0
            r = r + 1.0 / d
    except ZeroDivisionError as e:
        return i, r, type(e).__name__, str(e)
    return r


def main():
    print(grow(3000))
    print(nan_compare(3000))
    print(neg_zero(3000))
    print(int_then_float(3000))
    print(float_floor_mod(3000))
    print(div_late_zero(3000))


main()
