z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, -0j, complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" 3-4J "))
print(complex("j"), complex("-j"), complex("2"), complex(2.5, -0.0), complex(-0.0, 0.0))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), (2j) ** 2, (1 + 1j) ** 3)
print((1 + 2j) + 1, 2 - (1j), 1.5 * 2j, (1 + 2j) == complex(1, 2), (1 + 0j) == 1)
print(complex(1e300, 1e300), complex(float("inf"), float("nan")), 1e-300j)
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), bool(0j), bool(1j))
print(f"{z}", f"{z:.2f}", f"{1.5+2.25j:>20}|", format(1 - 2j, "g"), f"{z:e}")
print(complex(1, 2) ** 0, pow(2j, 2), (-4) ** 0.5 == 2j if False else "", (1 + 2j) ** 2)
for expr in ["1j < 2j", "(1 + 2j) // 1", "(1 + 2j) % 2", "int(1j)", "float(1j)", "1j / 0",
             "complex('1+2k')", "complex('1', 2)", "0j ** -1"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
print(complex(True, False), complex(3 + 4j, 1j), (3 + 4j).__abs__())
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
