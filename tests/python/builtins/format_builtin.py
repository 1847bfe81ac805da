print(format(3.14159, ".2f"), format(42), format(42, "x"), format("s", "^5"), format(1234567, ","), format(0.5, "%"))
print(format(True), format(None), format([1, 2]), format((1,)), format(1 + 2j, ".1f"), format(10 ** 20, "e"))
for value, spec in [([1], "d"), (None, "s"), ("x", "d"), (1, "z")]:
    try:
        format(value, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
