for n in [0, 1, -1, 255, 256, -256, 2 ** 64 - 1, -(2 ** 64), 10 ** 30]:
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (65535).to_bytes(4))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((6).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (7).__abs__(), (7).__neg__(), (7).__add__(1), (7).__radd__(2))
print((7).__add__(1.5), (7).__eq__("7"), (3).__lt__(4))
print(True.bit_length(), (12).is_integer() if hasattr(int, "is_integer") else "no is_integer in 3.11")
print(abs(-(2 ** 70)), -(-(2 ** 70)), +(2 ** 70))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(7))
print(type(round(7, 2)).__name__, round(5, -1), round(15, -1), round(25, -1))
