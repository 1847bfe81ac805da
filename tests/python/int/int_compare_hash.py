print(1 == 1.0, 1 == True, 0 == False, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 1.5 < 2, 3 == 3 + 0j, 3 != 3 + 1j)
print(max(1, 2.5, -3), min(-(10 ** 20), -1e19))
print(hash(10 ** 20) == hash(10 ** 20), hash(-1) == hash(-2), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)))
print(hash(12345678901234567890), hash(-12345678901234567890))
print(sorted([3, -1, 2.5, True, 0, -7, 10 ** 20, -0.5]))
print(5 == "5", 5 != "5")
try:
    5 < "5"
except TypeError as e:
    print(type(e).__name__, e)
print(float("nan") == 1, 1 < float("nan"), 1 > float("nan"))
print(int.__eq__(1, 1.0), (1).__eq__(1.0))
