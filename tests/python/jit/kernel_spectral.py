# Spectral norm on a small matrix: nested hot loops of float arithmetic, result printed exactly.

def A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mul_Av(v):
    n = len(v)
    return [sum(A(i, j) * v[j] for j in range(n)) for i in range(n)]

def mul_Atv(v):
    n = len(v)
    return [sum(A(j, i) * v[j] for j in range(n)) for i in range(n)]


def main():
    n = 40
    u = [1.0] * n
    for _ in range(5):
        v = mul_Atv(mul_Av(u))
        u = mul_Atv(mul_Av(v))
    vBv = vv = 0.0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    print(repr(vBv), repr(vv), repr((vBv / vv) ** 0.5))


main()
