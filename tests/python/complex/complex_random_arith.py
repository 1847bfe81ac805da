# complex arithmetic on pseudo-random values: products, Smith division, integer and float powers, abs, hash.
state = 99
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 11
def rf():
    return ((rnd() % 2000001) - 1000000) / (10 ** (rnd() % 7))
for i in range(150):
    a = complex(rf(), rf()); b = complex(rf(), rf()); n = rnd() % 12 - 4
    out = [a * b, a + b, a - b]
    for f in [lambda: a / b, lambda: a ** n, lambda: f'{a ** 0.5:.13g}', lambda: a ** b.real / 1e6 if abs(a) < 2 else 0, lambda: b ** (a / 1e6), lambda: f'{abs(a):.15g}', lambda: hash(a), lambda: f'{a ** 2.5:.13g}', lambda: f'{(a.real) ** (b.real / 1e5):.15g}']:
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__)
    print(*out)
