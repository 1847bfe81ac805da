for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan"), 2.0 ** 70]:
    print(v, v.is_integer())
for v in [0.5, -1.5, 0.1, 3.0, 1e-10, 2.0 ** 60, 0.0, -0.0]:
    print(v, v.as_integer_ratio(), v.hex())
for s in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0x.8", "1", "0X1.0P+4", "inf", "-nan"]:
    print(s, float.fromhex(s))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
print((7.9).__trunc__(), (-7.9).__trunc__(), (7.5).__floor__(), (7.5).__ceil__(), (-7.5).__floor__())
print(int(7.9), int(-7.9), abs(-3.5), -(-0.0), abs(-0.0))
