for a in (-7, -1, 0, 1, 7):
    row = []
    for b in (-3, -1, 1, 3):
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0))
        row.append(f"{a:>2}//{b:>2}={q:>2} r{r:>2}")
    print("  ".join(row))
for a, b in [(2 ** 65 + 3, 2 ** 32), (-(2 ** 65) - 3, 2 ** 32), (2 ** 65 + 3, -(2 ** 32))]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
