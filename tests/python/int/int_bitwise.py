vals = [0, 1, -1, 5, -5, 2 ** 70, -(2 ** 70), 0xFFFF_FFFF_FFFF_FFFF]
for a in vals:
    for b in vals[:5]:
        print(a & b, a | b, a ^ b, end=" ; ")
    print()
print(1 << 0, 1 << 63, 1 << 64, -1 << 100, 5 << 200 >> 199)
print(-1 >> 1, -2 >> 1, -3 >> 1, (2 ** 100) >> 99, -(2 ** 100) >> 200)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -5
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(~(2 ** 100), ~-(2 ** 100))
print(0 >> 1000, 7 >> 1000, -7 >> 1000)
