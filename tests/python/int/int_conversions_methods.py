# int()/float() conversions (exact results for subclasses), int(str, base), to_bytes/from_bytes, bit ops, round, divmod, pow, float(str).
class I(int):
    def __repr__(self):
        return f"I({int(self)})"
class F(float):
    def __repr__(self):
        return f"F({float(self)})"
class J(int):
    def __int__(self):
        return 5
    def __index__(self):
        return 7
class Idx:
    def __index__(self):
        return 4
i = I(3); f = F(2.5)
vals = [lambda: repr(i), lambda: repr(f), lambda: type(int(i)), lambda: type(float(f)), lambda: type(+i), lambda: type(abs(i)), lambda: type(-i),
        lambda: type(i.real), lambda: type(i.numerator), lambda: type(round(i)), lambda: type(i.__trunc__()), lambda: type(int(J(1))), lambda: int(J(1)),
        lambda: type(float(i)), lambda: type(f.real), lambda: type(+f), lambda: type(abs(f)), lambda: type(f.conjugate()), lambda: type(complex(f).real),
        lambda: type(int(Idx())), lambda: int(Idx()), lambda: float(Idx()), lambda: type(i * 1),
        lambda: I("12", 8), lambda: I("0x1f", 0), lambda: F("1.5"), lambda: F(i), lambda: int(F(7.9)), lambda: type(i + 0), lambda: type(round(f)), lambda: type(f.__floor__()),
        lambda: int(" 12 "), lambda: int("1_000"), lambda: int("1__0"), lambda: int("_1"), lambda: int("1_"), lambda: int("0b101", 0), lambda: int("0b_101", 0),
        lambda: int("0o17", 8), lambda: int("0x", 16), lambda: int("012", 0), lambda: int("00", 0), lambda: int("0_0", 0), lambda: int("z", 36), lambda: int("Z", 36),
        lambda: int("10", 37), lambda: int("10", 1), lambda: int("10", -1), lambda: int("", 10), lambda: int("  "), lambda: int("+-1"), lambda: int("\u0663\u0661"),
        lambda: int("١٢"), lambda: int("12", base=5), lambda: int(x="1"), lambda: int(12, 10), lambda: int(b"12"), lambda: int(b"12", 16), lambda: int(bytearray(b"7")),
        lambda: int(1.5e300), lambda: int(float("nan")), lambda: int(float("-inf")), lambda: int(None), lambda: int([1]), lambda: int("1" * 100, 2) % 1000,
        lambda: int("9" * 30, 36) % 997, lambda: int("1e5"), lambda: int("1.5"), lambda: int("-0"), lambda: int("0x10"), lambda: int("0X10", 16), lambda: int("0b2", 0),
        lambda: int("12", I(3)), lambda: int("10", 2**70), lambda: int("10", 3.0), lambda: int(" \t\n12\x0c"), lambda: int("1 2"), lambda: int("1\x00"),
        lambda: (255).to_bytes(2, "big"), lambda: (255).to_bytes(2, "little"), lambda: (255).to_bytes(), lambda: (-1).to_bytes(2, "big", signed=True),
        lambda: (-1).to_bytes(2, "big"), lambda: (256).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
        lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (0).to_bytes(0, "big"), lambda: (1).to_bytes(length=3, byteorder="little"),
        lambda: int.from_bytes(b"\x01\x00", "big"), lambda: int.from_bytes(b"\x01\x00", "little"), lambda: int.from_bytes(b"\xff\xff", "big", signed=True),
        lambda: int.from_bytes(b"\xff"), lambda: int.from_bytes([1, 2, 3], "big"), lambda: int.from_bytes(b"", "big", signed=True), lambda: I.from_bytes(b"\x05", "big"),
        lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([256], "big"), lambda: bool.from_bytes(b"\x01", "big"),
        lambda: (7).bit_count(), lambda: (-7).bit_count(), lambda: (2**100 - 1).bit_count(), lambda: (0).bit_length(), lambda: (-2**63).bit_length(), lambda: (2**63).bit_length(),
        lambda: (10).as_integer_ratio(), lambda: type(I(3).as_integer_ratio()[0]), lambda: True.as_integer_ratio(), lambda: (5).conjugate(), lambda: (5).denominator, lambda: (5).imag,
        lambda: round(12345, -2), lambda: round(12350, -2), lambda: round(12250, -2), lambda: round(-12350, -2), lambda: round(5, -1), lambda: round(15, -1), lambda: round(25, -1),
        lambda: round(7, 2), lambda: round(10**30 + 5 * 10**9, -10), lambda: round(123, -1000), lambda: round(123, 2**70), lambda: round(5, None), lambda: round(5, 1.5),
        lambda: divmod(-7, 2), lambda: divmod(7, -2), lambda: divmod(-2**70, 3), lambda: divmod(2**70, -3), lambda: (-7) // 2, lambda: -7 % 2, lambda: 7 % -2, lambda: -(2**64) % 10,
        lambda: pow(3, 200, 10**9+7), lambda: pow(-3, 3, 7), lambda: pow(3, -2, 7), lambda: pow(6, -1, 9), lambda: pow(2, 10, 1), lambda: pow(2, 10, -1), lambda: pow(5, -1, -7),
        lambda: pow(0, 0, 1), lambda: pow(0, -1, 5), lambda: pow(2, -3), lambda: 2 ** -1, lambda: 0 ** -1, lambda: (-2) ** -3, lambda: 10 ** -400, lambda: (2**64) ** -20,
        lambda: 7 / 2, lambda: -7 / 2, lambda: 2**100 / 2**98, lambda: (2**1100) / (2**1099 + 1), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 2**1100 / 3**10,
        lambda: ~5, lambda: ~-2**70, lambda: -5 >> 1, lambda: -5 >> 100, lambda: 5 << 70, lambda: 1 << -1, lambda: -2**70 >> 3, lambda: 2**70 & -2**65, lambda: -2**70 | 12345, lambda: -2**70 ^ -1,
        lambda: int.__new__(I, 5), lambda: hash(I(5)) == hash(5), lambda: I(5) == 5, lambda: sorted([I(3), 1, 2.5]), lambda: int("12", base=0), lambda: int(base=10),
        lambda: int("4" * 4301), lambda: int("-" + "4" * 4301), lambda: str(-10 ** 4300)[:3], lambda: int(True), lambda: int(-0.9), lambda: int(2.0**63), lambda: int(-2.0**63),
        lambda: float("  1_000.5  "), lambda: float("1__0"), lambda: float("infinity"), lambda: float("-iNF"), lambda: float("+nan"), lambda: float("nan(1)"), lambda: float("1e"),
        lambda: float(".5"), lambda: float("5."), lambda: float("."), lambda: float("1e-400"), lambda: float("1e400"), lambda: float("-1e400"), lambda: float("0x10"), lambda: float(""),
        lambda: float(b"1.5"), lambda: float(b"x"), lambda: float(bytearray(b"2")), lambda: float("١.٥"), lambda: float("1_e5"), lambda: float("1e_5"), lambda: float("1e5_0"),
        lambda: float(" \u2003 2.5 \u2003"), lambda: float(10**400), lambda: float(2**1023 * 2 - 2**970), lambda: float(2**1024 - 2**970), lambda: float("1" * 400), lambda: float("0." + "0" * 400 + "1"),
        lambda: float(None), lambda: float([]), lambda: float("12", 3), lambda: float(x="1"), lambda: float("9007199254740993"), lambda: float("2.5e-324"), lambda: float("2.4703282292062328e-324")]
for n, v in enumerate(vals):
    try:
        print(n, repr(v()))
    except Exception as e:
        print(n, type(e).__name__, e)
