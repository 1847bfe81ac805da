a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a == 1 + 2j, a != b)
print(abs(b), a.conjugate() * a, (a * a.conjugate()).real, complex(a), a.real + a.imag)
print(1j ** 2, 1j ** 3, 1j ** 4, (0 + 1j) * (0 + 1j), 2 * a, a * 2, a / 2, 2 / (1 + 1j))
print(sum([1j, 2, 3.5]), (1 + 1j) ** 0, (1 + 1j) ** -1, 0j == 0, 1j != 1)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), complex("1e2+3e-1j"), complex("-1.5j"))
print(repr(complex(0.0, -0.0)), repr(-(0j)), repr(0j - 0j))
