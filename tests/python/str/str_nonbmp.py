s = "a\U0001F600b"
print(len(s), s[1] == "\U0001F600", ord(s[1]), hex(ord(s[1])), s[::-1] == "b\U0001F600a")
print(ascii(s), repr("\U0001F600"), repr("\U0010FFFF"), repr("\x00\x7f\x80\xa0\xad"))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "\xe9")
print([hex(ord(c)) for c in "héllo\u4e2d\U00010348"])
print(chr(0x1F40D), chr(0x41), chr(0xE9), len(chr(0x10FFFF)))
sur = "\ud800"
print(len(sur), repr(sur), ascii(sur), ord(sur), repr("\udc80x"), sur.isprintable())
pair = "\ud83d\ude00"
print(len(pair), pair == "\U0001F600", repr(pair))
try:
    sur.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(sur.encode("utf-8", "surrogatepass"), sur.encode("utf-8", "replace"), pair.encode("utf-16-le", "surrogatepass"))
print("\U0001F600".encode("utf-8"), "\U0001F600".encode("utf-16-be"), "é".encode("latin-1"))
print(b"\xf0\x9f\x98\x80".decode("utf-8") == "\U0001F600", b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(sorted(["\U0001F600", "\uffff", "z", "\u00e9"]) == ["z", "\u00e9", "\uffff", "\U0001F600"])
print("\U0001F600".upper() == "\U0001F600", "\U00010428".upper() == "\U00010400", "\U00010400".lower() == "\U00010428")
print("x\U0001F600y".find("y"), "x\U0001F600y".index("\U0001F600"), "\U0001F600" * 3 == "\U0001F600\U0001F600\U0001F600")
print(repr(format("\U0001F600", "*>3")), repr("\U0001F600".center(4, "\U0001F601")))
