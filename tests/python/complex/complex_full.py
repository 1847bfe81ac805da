# complex: every constructor form and its errors, string parsing, arithmetic, pow, repr/str, hash, comparisons.
nan = float("nan"); inf = float("inf")
class C:
    def __complex__(self):
        return 1 + 2j
class Bad:
    def __complex__(self):
        return 5
class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 7
class Z(complex):
    def __repr__(self):
        return f"Z{complex(self)}"
strings = ["1", "1j", "-1j", "j", "+j", "-j", "1+j", "1-j", "1+2j", "1-2J", " ( 1+2j ) ", "(1+2j", "1+2j)", "()", "", " ", "1 + 2j",
           "1e3+1e-3j", "1.5e+3-.5j", "inf+nanj", "-infj", "nan", "-Infinity-INFj", "1_0+2_0j", "1__0j", "_1j", "1_j", "j1", "1jj",
           "1+2", "+1+2j", "--1j", "1e", "1e+j", ".j", "5.j", ".5j", "0x1j", "1\u0663j", "\u20031+1j\u2003", "1+1j\x00", "1e400j", "-1e400+1e-400j"]
for s in strings:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
ctors = [lambda: complex(), lambda: complex(1), lambda: complex(1.5, -2), lambda: complex(1j, 1j), lambda: complex(1 + 2j, 3 + 4j), lambda: complex(-0.0),
         lambda: complex(0.0, -0.0), lambda: complex(real=1, imag=2), lambda: complex(imag=3), lambda: complex(C()), lambda: complex(C(), 1), lambda: complex(Fl(), Ix()),
         lambda: complex(Bad()), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([1]), lambda: complex(1, [2]), lambda: complex(None),
         lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(1, real=2), lambda: complex(10 ** 400), lambda: complex(True, True),
         lambda: Z(1, 2), lambda: type(Z(1, 2) + 1), lambda: type(+Z(1, 2)), lambda: type(complex(Z(1, 2))), lambda: Z("3j"), lambda: Z(1, 2).real,
         lambda: (1 + 2j).conjugate(), lambda: (1 + 2j).__complex__(), lambda: (1 + 2j).__getnewargs__(), lambda: (3 + 4j).real, lambda: (3 + 4j).imag]
ops = [lambda: (1 + 2j) + (3 - 4j), lambda: (1 + 2j) - 1.5, lambda: 2 * (1 - 1j), lambda: (1 + 2j) * (3 + 4j), lambda: (1 + 2j) / (3 + 4j), lambda: 1 / (1 + 1j),
       lambda: (1e300 + 1e300j) / (1e300 + 1e300j), lambda: (1 + 1j) / 1e-320, lambda: 1j / 0, lambda: 1j / 0.0, lambda: 1j / 0j, lambda: (1 + 1j) / complex(0, 1e-310),
       lambda: (1 + 2j) ** 2, lambda: (1 + 2j) ** -2, lambda: (1 + 2j) ** 0.5, lambda: (1 + 2j) ** (1 + 1j), lambda: 2 ** (1j), lambda: (-1) ** 0.5, lambda: (-8) ** (1 / 3),
       lambda: 0j ** 0, lambda: 0j ** 2, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (1 + 0j), lambda: (1 + 1j) ** 101, lambda: (1 + 1j) ** 100, lambda: (1e200 + 1e200j) ** 2,
       lambda: (2 + 0j) ** 1024, lambda: (1 + 1j) ** 1e10, lambda: 1j ** 4, lambda: 1j ** -3, lambda: (1 + 1j) ** 2.0, lambda: pow(1j, 2), lambda: pow(1j, 2, 3),
       lambda: abs(3 + 4j), lambda: abs(complex(inf, nan)), lambda: abs(complex(1e308, 1e308)), lambda: -(1 + 2j), lambda: +(1 + 2j), lambda: bool(0j), lambda: bool(-0j),
       lambda: (1 + 2j) // 1, lambda: (1 + 2j) % 1, lambda: divmod(1j, 1), lambda: 1j < 1j, lambda: 1j >= 0, lambda: int(1j), lambda: float(1j), lambda: round(1j),
       lambda: 1j + "a", lambda: (1 + 0j) == 1, lambda: (1 + 0j) == True, lambda: 1j == 1j, lambda: complex(2 ** 53) == 2 ** 53 + 1, lambda: complex(1e308) == 10 ** 400,
       lambda: (1 + 1j) != 1, lambda: 1j == "1j", lambda: complex(nan) == complex(nan), lambda: (1 + 0j) == 1.0, lambda: [1j, 2] == [1j, 2.0 + 0j],
       lambda: hash(1 + 0j) == hash(1), lambda: hash(0j) == 0, lambda: hash(1.5 + 2.5j), lambda: hash(-1 + 0j), lambda: hash(complex(-1, -1)), lambda: hash(complex(inf, -inf)),
       lambda: hash(complex(1e300, 2 ** -30)), lambda: {1j: "a", 1: "b", 1.0 + 0j: "c"}]
reprs = [0j, -0j, complex(-0.0, 0), complex(-0.0, -0.0), 1j, -1j, 1 + 0j, complex(1, -0.0), complex(inf, inf), complex(-inf, nan), complex(nan, -inf), complex(0, nan),
         complex(1e16, 1e-5), complex(1e15, 123456789.125), complex(0.1, 0.2), complex(1e-320, -5e-324), complex(2 ** 53, 2 ** 54)]
for group in (ctors, ops):
    for n, f in enumerate(group):
        try:
            print(n, repr(f()))
        except Exception as e:
            print(n, type(e).__name__, e)
for z in reprs:
    print(repr(z), str(z), f"{z}", f"{z!r:>30}", f"{z:g}", f"{z:.3e}", f"{z:+.1f}", f"{z:^25}|")
