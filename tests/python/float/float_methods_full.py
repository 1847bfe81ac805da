# float methods, round/hex/fromhex/divmod/pow/hash/repr edge cases, and dir() of the number types.
print([n for n in dir(int) if n not in dir(object)])
print([n for n in dir(float) if n not in dir(object)])
print([n for n in dir(complex) if n not in dir(object)])
print([n for n in dir(bool) if n not in dir(object)])
nan = float("nan"); inf = float("inf")
vals = [lambda: round(2.5), lambda: round(3.5), lambda: round(-2.5), lambda: round(0.5), lambda: round(2.675, 2), lambda: round(1.005, 2), lambda: round(-0.5),
        lambda: round(1234.5678, -2), lambda: round(1e300, -300), lambda: round(1.5e308, -308), lambda: round(0.1, 400), lambda: round(5e-324, 323), lambda: round(5e-324, 324),
        lambda: round(-1e-10, 3), lambda: round(inf), lambda: round(nan), lambda: round(inf, 2), lambda: round(nan, 1), lambda: round(1.7976931348623157e308, -308),
        lambda: round(2.5, None), lambda: round(2.5, 0), lambda: round(1.5, -2**70), lambda: round(-1.5, -2**70), lambda: round(1.5, 2**70), lambda: round(-0.0, 0), lambda: round(0.125, 2), lambda: round(0.375, 2), lambda: round(12.0, -1), lambda: round(15.0, -1),
        lambda: (0.1).hex(), lambda: (-1.5).hex(), lambda: (0.0).hex(), lambda: (-0.0).hex(), lambda: (5e-324).hex(), lambda: (1e308).hex(), lambda: inf.hex(), lambda: nan.hex(),
        lambda: (2.2250738585072014e-308).hex(), lambda: (1.0).hex(), lambda: float.fromhex("0x1.8p1"), lambda: float.fromhex("  -0X1P-1074 "), lambda: float.fromhex("1p2"),
        lambda: float.fromhex("0x.8"), lambda: float.fromhex("inf"), lambda: float.fromhex("-Infinity"), lambda: float.fromhex("nan"), lambda: float.fromhex("0x1p1024"),
        lambda: float.fromhex("0x1p-1080"), lambda: float.fromhex("0x1.fffffffffffff8p1023"), lambda: float.fromhex("0x1.00000000000008p0"), lambda: float.fromhex("0x1.00000000000018p0"),
        lambda: float.fromhex("x"), lambda: float.fromhex("0x"), lambda: float.fromhex("0x1p"), lambda: float.fromhex("0x1.2.3"), lambda: float.fromhex(""), lambda: float.fromhex("0x1_0"),
        lambda: float.fromhex("0x1p+1_0"), lambda: float.fromhex(1), lambda: float.fromhex("0x123456789abcdef0123p0"), lambda: float.fromhex("0x0.0000000000001p-1022"),
        lambda: float.fromhex("0x0.00000000000008p-1022"), lambda: float.fromhex("0x0.00000000000018p-1022"), lambda: float.fromhex("0x1p-1075"), lambda: float.fromhex("0x1.1p-1075"),
        lambda: (0.5).as_integer_ratio(), lambda: (-0.1).as_integer_ratio(), lambda: (1e300).as_integer_ratio()[1], lambda: (5e-324).as_integer_ratio()[0], lambda: inf.as_integer_ratio(),
        lambda: nan.as_integer_ratio(), lambda: (3.0).is_integer(), lambda: (3.5).is_integer(), lambda: inf.is_integer(), lambda: nan.is_integer(), lambda: (-0.0).is_integer(),
        lambda: (2.5).__trunc__(), lambda: (-2.5).__floor__(), lambda: (-2.5).__ceil__(), lambda: (1e20).__floor__(), lambda: inf.__floor__(), lambda: nan.__ceil__(),
        lambda: (2.5).real, lambda: (2.5).imag, lambda: (2.5).conjugate(), lambda: float.__getformat__("double"), lambda: (1.5).__getnewargs__(),
        lambda: divmod(7.5, 2), lambda: divmod(-7.5, 2), lambda: divmod(7.5, -2), lambda: divmod(-0.0, 1), lambda: divmod(inf, 2), lambda: divmod(5, inf), lambda: divmod(-5, inf),
        lambda: 7.5 // 0.1, lambda: 7.5 % 0.1, lambda: -1e-300 % 1, lambda: 1e300 % -3, lambda: 5.0 // 0, lambda: 5.0 % 0, lambda: inf % 2, lambda: 3 % inf, lambda: -3 % inf,
        lambda: 2.0 ** 0.5, lambda: (-2.0) ** 0.5, lambda: (-8) ** (1/3), lambda: 0.0 ** -1, lambda: (-0.0) ** -1, lambda: 2.0 ** 10000, lambda: (-2.0) ** 10001, lambda: inf ** -1,
        lambda: (-inf) ** 3, lambda: (-inf) ** 2, lambda: (-inf) ** 0.5, lambda: nan ** 0, lambda: 1 ** nan, lambda: (-1) ** inf, lambda: 0.5 ** -inf, lambda: 2 ** -inf, lambda: 1e-320 ** 0.5,
        lambda: 10.0 ** -400, lambda: pow(2.0, 3), lambda: pow(-2.0, 3.0), lambda: pow(-2, 0.5), lambda: pow(0.0, 0.0), lambda: (-1.0) ** 1e300,
        lambda: hash(0.1), lambda: hash(-0.1), lambda: hash(1e308), lambda: hash(5e-324), lambda: hash(2.0 ** 61), lambda: hash(2.0 ** 62), lambda: hash(-2.0 ** 61), lambda: hash(0.5) == hash(2**60),
        lambda: hash(1.0e-10), lambda: hash(inf), lambda: hash(-inf), lambda: hash(2**61 - 1), lambda: hash(2**61 - 2), lambda: hash(-(2**61 - 1)), lambda: hash(2**200 + 12345), lambda: hash(-2**200),
        lambda: hash(complex(1.5, -2.5)), lambda: hash(complex(0, 1)), lambda: hash(complex(-1, 0)), lambda: hash(complex(inf, 1)),
        lambda: 1e16, lambda: 1e15, lambda: 123456789012345678.0, lambda: 0.0001, lambda: 0.00001, lambda: 1.1e-5, lambda: -0.0, lambda: 2.0 ** 0.5 * 1e22, lambda: 5e-324, lambda: 1.7976931348623157e308,
        lambda: str(1e100), lambda: str(0.1 + 0.2), lambda: 1 / 3, lambda: 2 / 3, lambda: 9007199254740993.0, lambda: 4.35, lambda: 1e23, lambda: 8.41e21, lambda: 5e-310, lambda: 2.2250738585072009e-308,
        lambda: 1.0 == 1, lambda: 2**53 + 1 == 2.0**53, lambda: 2**53 + 1 > 2.0**53, lambda: 2**1100 > inf, lambda: -2**1100 < -1e308, lambda: nan == nan, lambda: 10**400 == inf, lambda: 0.1 < 1,
        lambda: float.__new__(float, "1.5"), lambda: float(" 12\n"), lambda: float("-0"), lambda: int(1e23), lambda: int(-1e-300), lambda: int(2.0**70), lambda: 1e23 == 10**23, lambda: 1e22 == 10**22]
for n, v in enumerate(vals):
    try:
        print(n, repr(v()))
    except Exception as e:
        print(n, type(e).__name__, e)
