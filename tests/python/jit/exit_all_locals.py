# Side exits with many live locals of every kind (int, big int, float, bool, str, None, list):
# after each exit the frame must hold exactly tier 1's values, printed once the loop ends.


def run(n, stop_kind):
    a = 0
    b = 1.5
    c = True
    d = None
    e = "s"
    f = [0]
    g = 2**40
    h = -7
    for i in range(n):
        a = a + i
        b = b * 1.0001
        c = i % 2 == 0
        g = g + h
        h = h - 1
        if i == n - 5:
            if stop_kind == 1:
                a = a + 0.25
            elif stop_kind == 2:
                g = g * 2**40
            elif stop_kind == 3:
                d = "now"
            elif stop_kind == 4:
                b = 7
    return a, b, c, d, e, f, g, h, i


def main():
    for kind in range(5):
        print(kind, run(3000, kind))
    print(run(1, 0), run(0, 0) if False else "zero skipped")


main()
