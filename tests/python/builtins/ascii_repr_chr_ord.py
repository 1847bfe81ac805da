print(ascii("plain"), ascii("café"), ascii("\U0001F600"), ascii(["é", 1]), ascii({"ü": b"\xff"}))
print(repr("café"), repr(1.5), repr(None), repr([1, "a"]), repr(b"x"), repr(range(3)), repr(...))
print(chr(65), chr(0x263A), chr(0), repr(chr(0x7f)), ord("a"), ord("é"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")))
for thunk in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"), lambda: ord(5)]:
    try:
        thunk()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
