s = "Hello"
print(s + " " + s, s * 2, 2 * s, s * 0, s * -1, len(s), str(), str(42), str(b"x"), str(b"x", "ascii"))
print(s.encode(), "ñ".encode("utf-8"), "abc".encode("ascii"), "x".encode("utf-16"))
print(ord("A"), chr(97), max("hello"), min("hello"), sorted("hello"), list("ab"), tuple("ab"))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "abc" == "abc", "a" * 3 == "aaa")
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x1b[0m"), repr("\t\r\n"), repr("\u2028"))
print(hash("abc") == hash("abc"), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
print("a{}b".format(1), "%s" % "x", "x".join("123"), "Hello".index("l"), "HELLO".isupper())
print(str.upper("x"), str.__name__, type("").__name__, "".join(reversed("stressed")))
print("abc".encode("ascii", "strict"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"),
      "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "abc" + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" * 2.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(object=5), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
