# 'f'/'e'/'g' formatting (format() and %) on the exact binary value: decimal ties (x/8, x/1024)
# rounding half to even, carries into a new digit (9.995, 0.9999995), the precisions around the
# long-arithmetic limits (f 18/19, e 16/17), values near powers of ten, far from 1, subnormals.
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 9.995, 9.9995, 0.9999995, 99.5, 999.5, 0.05,
        0.15, 0.25, 0.35, 1e-5, 9.99949999, 1e15, 1e16, 1e17, 1e18, 1e19, 1e22, 1e23, 2.0 ** 53, 2.0 ** 62,
        2.0 ** 63, 2.0 ** 64, 5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308, 123456789.125,
        0.0001, 0.00001, 1e-7, 9.5, 0.95, 0.995, 3.14159, -3.14159, 1 / 3, 2 / 3, 1e-19, 1e-20, 0.1, 0.7, 1e100]
vals += [k / 8 for k in range(1, 40, 3)] + [k / 1024 for k in range(1, 2000, 97)] + [-(10.0 ** k) for k in range(-22, 23, 3)]
specs = [".0f", ".1f", ".2f", ".3f", "f", ".17f", ".18f", ".19f", ".0e", ".1e", ".2e", "e", ".16e", ".17e",
         ".18e", ".0g", ".3g", "g", ".17g", ".18g", "#.3g", ".2%", "+.3F", "010.3f", ",.2f"]
for v in vals:
    print(" ".join(format(v, s) for s in specs))
    print("%.3f|%e|%g|%.0f|%.12g|%10.4f|%-8.2e|%#.0f|%.20f|%.17E" % (v, v, v, v, v, v, v, v, v, v))
state = 9
total = 0
for i in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    v = float.fromhex("0x1.%013xp%d" % (state % 2 ** 52, (state >> 52) % 160 - 80))
    s = "%.*f %.*e %.*g" % (state % 19, v, state % 18, v, 1 + state % 17, v)
    total = (total * 1000003 + sum((j + 1) * ord(c) for j, c in enumerate(s))) % 2 ** 61
    if i % 300 == 0:
        print(s)
print(total)
class F(float):
    pass
print(format(F(2.5), ".0f"), "%.2e" % F(12345.678), format(float("inf"), ".3f"), format(float("nan"), ".2e"), "%.3g" % -float("inf"))
