for s in ["3.14", "-0.0", "+1.5", "1e5", "1E-5", "  12  ", "1_000.000_1", ".5e1", "5.e-1", "infinity",
          "-INF", "nan", "+nan", "1e400", "-1e400", "1e-400", "0x1p3", "1.7976931348623157e308",
          "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "\u0661\u0662.5"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float("0.1") == 0.1, float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
for v in [0.1, 1 / 3, 2 / 3, 1e-7, 123456789.123456789, 5e-324, 1.7976931348623157e308]:
    assert float(repr(v)) == v
print("repr round-trips")
