print(str(), str(1), str(1.0), str([1]), str(None), str(b"b"), str("s"), str(True))
print(int(), int("10"), int("10", 2), int(3.9), int(-3.9), int(" 7 "), int(True))
print(float(), float("1.5"), float(2), float("-inf"), float(" 3 "))
print(complex(1, 2), bool([1]), list("ab"), tuple([1]), set([1]) == {1}, frozenset([1]) == {1}, dict(a=1))
print(bytes(2), bytearray(2), bytes("x", "ascii"), memoryview(b"m").tobytes())
for thunk in [lambda: list(1, 2), lambda: tuple(1), lambda: dict(1, 2), lambda: set(1, 2), lambda: float("x")]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
