s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "hello".strip(""), "hello".strip("hleo"))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(2)), repr("abc".zfill(6)), repr("".zfill(3)))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".center(1)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abcdef".ljust(3)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("x\ty\n\tz".expandtabs(2)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("\u3000wide space\u3000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()))
