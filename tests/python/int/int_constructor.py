print(int(), int(5), int(-5.9), int(5.9), int(True), int("42"), int("  -17  "))
print(int("1_000"), int("0x1F", 16), int("1F", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("101", 2), int("-ff", 16), int("0", 0), int("+7"), int("\u0663"))
print(int(1e20), int(-1e-5), int(2.5e3))
for bad in ["", " ", "1.5", "1__0", "_1", "0x", "abc", "1e3", "0b2"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("12", 1), ("12", 37), ("9", 8), ("010", 0)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
print(int(WithInt()), int(WithIndex()))
print(int(b"12"), int(bytearray(b" 3 ")))
print(int("9" * 50))
