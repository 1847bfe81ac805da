b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b"" == bytes(), bytes(3), bytes([65, 66]), bytes(range(3)))
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), repr(b"\x7f\x80"), b"abc" + b"def", b"ab" * 3)
print(bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), b"abc".hex("-", 2))
print(b"abc".upper(), b"ABC".lower(), b" x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"hello".index(108), 108 in b"hello", b"ll" in b"hello", b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"a1".isalnum(), b"12".isdigit(), b"  ".isspace(), b"Ab".istitle(), b"abc".center(7, b"*"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), b"x" < b"y", b"abc" == "abc")
for thunk in [lambda: bytes("str"), lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b",
              lambda: b"abc"[10], lambda: bytes.fromhex("zz"), lambda: b"\xff".decode(), lambda: bytes(-1)]:
    try:
        thunk()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"%s %d %x %r" % (b"bytes", 5, 255, b"r"), b"%c" % 65, b"%5s|" % b"ab")
print(hash(b"abc") == hash(b"abc"), b"abc".partition(b"b"), b"a b c".split(), b"x".zfill(3))
print(b"\x00\x01".translate(bytes.maketrans(b"\x00\x01", b"AB")), b"hello".translate(None, b"l"))
