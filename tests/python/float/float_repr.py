values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17,
          123456789012345678.0, 1e-4, 1e-5, 0.00001234, 1.5e-7, 1e22, 1e23, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
          2.718281828459045, 100.0, 1234.5, 0.5, 0.25, 0.125, 9007199254740993.0,
          float("inf"), float("-inf"), float("nan"), 1.0000000000000002, 0.9999999999999999,
          4.35, 2.675, 1e-320, 123e-20, 1.1e16, 9.999999999999999e15]
for v in values:
    print(repr(v), str(v))
print([0.1, 1e100, -2.5])
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nAn"), float("+1E-2"), float(7), float(True))
print(float(2 ** 53 + 1), float(10 ** 20), float("0x10") if False else "no hex strings")
for bad in ["", "abc", "1.2.3", "1e", "_1.0", "1__0.0", "0x10", "inf inity"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
