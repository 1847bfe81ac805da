# Lone surrogates stay separate characters (a high one before a low one is not a pair).
pair = "\ud83d\ude00"
print(len(pair), pair == "\U0001F600", repr(pair), ascii(pair))
p2 = "\ud83d" "\ude00"
print(len(p2), repr(p2), p2 == pair)
p3 = "a\ud83d\ude00b\U0001F600c"
print(len(p3), repr(p3), [hex(ord(c)) for c in p3])
p4 = f"x\ud83d{1}\ude00y\ud83d\ude00"
print(len(p4), repr(p4))
print(len("\ud83d" + "\ude00"), repr("\ud83d" + "\ude00"), "\ud83d" + "\ude00" == pair)
print(repr(chr(0xd83d) + chr(0xde00)), len(chr(0xd83d) + chr(0xde00)))
print(repr("\ud83d\ude00"[::-1]), repr("\ude00\ud83d"), len("\ude00\ud83d"))
print(repr("".join(["\ud83d", "\ude00"])))
print(hash(pair) == hash(chr(0xd83d) + chr(0xde00)))
x = "\ude00\ud83d" * 3
print(len(x), repr(x))
s = "a\ud83d-\ude00b"
print(repr(s.replace("-", "")), len(s.replace("-", "")), s.split("-"), repr(s.upper()), s.find("\ude00"), s.index("b"), s.count("\ud83d"))
print("\ud83d\ude00".isprintable(), "\ud83d\ude00".isalpha(), "\ud83d" in "\ud83d\ude00", "\U0001F600" in "\ud83d\ude00", "\ud83d\ude00".startswith("\ud83d"))
print(repr("-".join(["\ud83d", "\ude00"])), repr("".join(["\ud83d", "\ude00"])), len("".join(["\ud83d", "\ude00"])))
print(repr("\ud83d\ude00".center(6, "*")), repr("\ud83d\ude00".strip("\ud83d")), "\ud83d\ude00".partition("\ude00"))
print(repr("\ud83dx\ude00".translate({ord("x"): None})), repr("\ud83dx\ude00".replace("x", "")))
print(sorted(["\ud83d\ude00", "\U0001F600", "\uffff", "\ud800"]))
print(repr(("\ud83d\ude00" + "a")[1:]), repr("%s%s" % ("\ud83d", "\ude00")), repr("{}{}".format("\ud83d", "\ude00")))
