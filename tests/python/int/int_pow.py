print(2 ** 0, 2 ** 1, 0 ** 0, (-1) ** 101, (-2) ** 63, 3 ** 40)
print(2 ** -1, 10 ** -3, (-2) ** -2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(5, 0, 1), pow(0, 0, 3), pow(7, 1, -3))
print(2 ** 256)
print(len(str(7 ** 777)))
print((-8) ** (1 / 3) if False else "skip complex root")
print(10 ** 18 * 10 ** 18)
