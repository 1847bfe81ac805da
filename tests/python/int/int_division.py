pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 1), (10 ** 20, 7), (-(10 ** 20), 7),
         (10 ** 20, -(10 ** 19) - 3), (5, 10 ** 30)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(1, 0), (0, 0), (10 ** 30, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"{a} {op} {b}")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 1000 // 3 ** 500)
print((2 ** 1000) % 997)
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(10 ** 40 / 10 ** 20, 1 / 3, 2 / 3, 10 / 4)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
