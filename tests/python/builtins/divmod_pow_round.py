print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(4, 0.5), pow(7, 2, 5), pow(base=3, exp=2), pow(3, 4, mod=5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(123.456, -2), round(10), round(17, -1))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
