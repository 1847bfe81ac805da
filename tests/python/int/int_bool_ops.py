print(True + 1, True * 3, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is True, bool(-1), bool(0))
print(str(True), repr(False), int(True), float(True), True.real, f"{True:d}", f"{True}")
print(sum([True, True, False, True]), max(True, 2), sorted([True, False, 0, 1]))
try:
    bool.__new__(bool, 1) and None
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool([]), bool("x"), bool(0.0), bool(1j))
print(True << 3, True >> 1, -(-True), abs(False))
print(isinstance(True, int), type(True).__mro__ == (bool, int, object))
