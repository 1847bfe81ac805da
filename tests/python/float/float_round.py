for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e20, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234.5678, -3), round(5e-324, 300), round(1.23456789, 5))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(1.5e300, -299), round(123.456, -1), round(-123.456, -1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
