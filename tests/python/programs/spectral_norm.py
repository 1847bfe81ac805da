# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by the power method on A^T A, at a small size.


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = None
    for _ in range(iterations):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = sum(ui * vi for ui, vi in zip(u, v))
    vv = sum(vi * vi for vi in v)
    return (vbv / vv) ** 0.5


for n in (10, 30, 60):
    print("n=%3d  %.9f" % (n, spectral_norm(n)))
print("first matrix entries:", [round(a(0, j), 6) for j in range(5)])
print("symmetric?", all(a(i, j) == a(j, i) for i in range(5) for j in range(5)))
