# Mandelbrot set membership on a small grid: a float inner loop with a data-dependent exit.


def main():
    w = h = 48
    rows = []
    total = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        row = []
        for x in range(w):
            cr = 2.0 * x / w - 1.5
            zr = zi = 0.0
            n = 0
            while n < 50 and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
            row.append("#" if n == 50 else " .:-=+*%@"[n % 9])
        rows.append("".join(row))
    print(total)
    for r in rows[::4]:
        print(r)


main()
