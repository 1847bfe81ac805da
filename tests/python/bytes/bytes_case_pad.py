# ASCII predicates, case mapping, padding, expandtabs, zfill
samples = [b"", b"abc", b"ABC", b"Abc", b"Hello World", b"hello world", b"123", b"a1", b" \t\n", b"\xe9", b"A B", b"1A", b"aB"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper())
for s in [b"hello WORLD", b"x\xe9y", b"mIxEd 123 caSe", b"they're bill's", b""]:
    print(s.lower(), s.upper(), s.swapcase(), s.capitalize(), s.title())
print(b"ab".center(7), b"ab".center(7, b"*"), b"abc".center(6, b"-"), b"abc".center(2), b"ab".center(8, bytearray(b".")))
print(b"ab".ljust(5, b"_"), b"ab".rjust(5, b"_"), b"ab".ljust(1), b"42".zfill(6), b"-42".zfill(6), b"+x".zfill(4), b"".zfill(3))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(2), b"ab\ncd\tx".expandtabs(4), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=3))
print(bytearray(b"abc").upper(), bytearray(b"ab").center(4, b"-"), bytearray(b"ab").zfill(4), bytearray(b"A b").istitle())
for thunk in [lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: b"a".ljust("5"), lambda: b"a".zfill(),
              lambda: b"a".upper(1), lambda: b"a".isalpha(1), lambda: b"a".expandtabs("x"), lambda: b"a".rjust(3, 32)]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
