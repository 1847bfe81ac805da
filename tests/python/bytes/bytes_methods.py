b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"))
print(b"a-b-c".split(b"-"), b"a-b-c".rsplit(b"-", 1), b"a b  c".split(), b"line1\nline2\r\n".splitlines())
print(b"hello".capitalize(), b"hello world".title(), b"Hello".swapcase(), b"abc".upper().lower())
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"abcabc".rfind(b"b"), b"abcabc".rindex(b"c"))
print(b"abc".ljust(5, b"."), b"abc".rjust(5), b"42".zfill(5), b"-42".zfill(5), b"a\tb".expandtabs(4))
print(b"hello".replace(b"l", b"L", 1), b"aaa".count(b"a"), b"mississippi".partition(b"ss"), b"x".join([b"1", b"2", b"3"]))
print(b"abc".isalpha(), b"ab1".isalnum(), b"ABC".isupper(), b"abc".islower(), b" \t".isspace(), b"".isalpha())
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"%b and %s" % (b"bytes", b"more"))
print(b"abc".center(9, b"*"), bytes.maketrans(b"abc", b"xyz")[97:100], b"cab".translate(bytes.maketrans(b"abc", b"xyz")))
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % b"x"
except TypeError as e:
    print(type(e).__name__, e)
