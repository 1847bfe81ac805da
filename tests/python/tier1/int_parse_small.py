# int() of a str: the short-decimal fast path (sign and up to 18 ASCII digits) and every input
# next to it that must take the general parser (blanks, underscores, prefixes, leading zeros
# with base 0, 19+ digits, non-ASCII digits, subclasses, bytes) with CPython's values and errors.
class S(str):
    pass


cases = ["0", "7", "-7", "+42", "-0", "12345", "999999999999999999", "-999999999999999999",
         "1000000000000000000", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
         "00", "007", "0_0", "1_000", " 12", "12 ", "\t-3\n", "+", "-", "", "+-1", "--1", "1-",
         "12a", "a12", "1.5", "1e3", "0x1f", "0o17", "0b101", "\u0661\u0662", "\uff11\uff12",
         "１２３", "1\u00a0", "12345678901234567890123"]
for t in cases:
    for base in (10, 0, 16):
        try:
            v = int(t, base)
            print(repr(t), base, v, type(v).__name__)
        except ValueError as e:
            print(repr(t), base, type(e).__name__, e)
for t in cases[:12]:
    print(repr(t), int(t), int(S(t)), int(t.encode()) if t.isascii() else None)
print(int(S("  5  ")), int(b"-17"), int(bytearray(b"0012")), int("42", base=10))
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(b"12x")
except ValueError as e:
    print(type(e).__name__, e)
