print(0.1 + 0.2 == 0.3, 0.1 * 3, 1.1 * 1.1, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(5.5 % 0.5, 1e300 % 7, -0.0 % 1, 0.0 % -1, 3.0 ** 2, 2.0 ** -1, (-8.0) ** 3)
print(2 ** 0.5, 10 ** -2, 1.5 ** 1000 if False else "skip", 0.0 ** 0)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf > 1e308, nan != nan, nan + 1)
print(inf == inf, -inf < inf, 1 / inf, inf % 5 if False else "", 5 % inf, -5 % inf, 5 // inf)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "1 / 0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
try:
    1e308 ** 2
except OverflowError as e:
    print(type(e).__name__, e)
try:
    r = (-8.0) ** 0.5
    print("complex result", type(r).__name__, r.real < 1e-15, r.imag)
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(1.0 + 2, 3 * 1.5, 2 - 0.5, 10 / 4.0, True + 0.5, 10 ** 20 + 0.0)
print(sum([0.1] * 10), 0.1 * 10, 1e16 + 1, 1e16 + 2)
print(-0.0 == 0.0, str(-0.0 + 0.0), str(-0.0 * 1), str(0.0 * -1))
