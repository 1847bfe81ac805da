# hex/fromhex with separators, maketrans/translate with delete
d = bytes(range(0, 256, 37))
print(d.hex(), d.hex(":"), d.hex(":", 2), d.hex(":", -2), d.hex(b"-", 3), d.hex(sep="_", bytes_per_sep=-3), d.hex(" ", 0))
print(b"".hex(), b"".hex(":"), bytearray(b"\x01\xff").hex("."), memoryview(b"\xab\xcd").hex(":"), b"\x00".hex(":", 5))
print(bytes.fromhex(""), bytes.fromhex("  0a  0B\t0c\n"), bytearray.fromhex("ff00"), bytes.fromhex("AbCd"))
for thunk in [lambda: bytes.fromhex("0"), lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("g0"), lambda: bytes.fromhex("0 1"),
              lambda: bytes.fromhex(b"00"), lambda: bytes.fromhex("é0"), lambda: b"ab".hex("::"), lambda: b"ab".hex("é"),
              lambda: b"ab".hex(1), lambda: b"ab".hex(":", "x"), lambda: bytes.fromhex()]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b"abc", b"ABC")
print(len(t), t[95:100], b"aabbcc xyz".translate(t), b"aabbcc".translate(t, b"b"), b"hello".translate(None, b"lo"))
print(b"abc".translate(None), bytearray(b"abc").translate(t), b"abc".translate(bytearray(t), delete=b"a"), bytearray.maketrans(b"x", b"y")[120])
for thunk in [lambda: bytes.maketrans(b"ab", b"a"), lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(b"short"),
              lambda: b"a".translate(None, "a"), lambda: b"a".translate()]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
