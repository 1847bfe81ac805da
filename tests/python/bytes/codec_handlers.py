# str.encode / bytes.decode: every standard error handler, codec names, UnicodeError attributes
text = "aé€\U0001F600"
for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        print(enc, errors, text.encode(enc, errors))
for name in ["UTF8", "utf_8", "U8", "utf", "UTF-16LE", "utf_32_be", "Latin1", "ISO-8859-1", "iso8859_1", "L1", "US-ASCII", "646",
             "cp65001", "  utf-8  ", "utf--8", "UTF16", "u32"]:
    print(repr(name), "é".encode(name, "replace"), b"\xc3\xa9".decode(name, "replace").encode("ascii", "backslashreplace"))
lone = "x\udc80\udcffy"
print(lone.encode("utf-8", "surrogateescape"), lone.encode("latin-1", "surrogateescape"), lone.encode("ascii", "surrogateescape"))
print(lone.encode("utf-8", "surrogatepass"), lone.encode("utf-16-le", "surrogatepass"), lone.encode("utf-32-be", "surrogatepass"))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), ascii(b"\x00\xd8".decode("utf-16-le", "surrogatepass")))
print(ascii(b"a\xff\xfeb".decode("utf-8", "surrogateescape")), ascii(b"\xe9".decode("ascii", "surrogateescape")))
print(b"\xff\xfe\xfd".decode("utf-8", "backslashreplace"), b"a\xffb".decode("latin-1"), b"\xe2\x82".decode("utf-8", "replace"))
print(b"\xe2\x28\xa1".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "ignore"), b"\xc0\xaf".decode("utf-8", "replace"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
print(b"a\x00b".decode("utf-16-le", "replace"), b"\x00\xdc".decode("utf-16-le", "replace"), b"\x00\x00\x11\x00".decode("utf-32-le", "replace"))
print("".encode("utf-16"), "".encode("utf-32"), b"".decode("utf-16"), "\U0001F600".encode("utf-16-be"), b"\xd8\x3d\xde\x00".decode("utf-16-be"))
cases = [(b"\xff", "utf-8"), (b"ab\xc3", "utf-8"), (b"\xe2\x28\xa1", "utf-8"), (b"\xf0\x90\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8"),
         (b"\xed\xa0\x80", "utf-8"), (b"a\x80", "ascii"), (b"abc", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-be"),
         (b"\x00\xd8", "utf-16-le"), (b"ab", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le")]
for data, enc in cases:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError), e.args[1:3])
for s, enc in [("aé", "ascii"), ("ééé", "ascii"), ("€", "latin-1"), ("x\ud800", "utf-8"), ("\ud800\udbff", "utf-8"), ("\ud800", "utf-16"),
               ("a\udc00", "utf-32-be"), ("\U0001F600", "latin-1"), ("\u1234", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, UnicodeError))
for thunk in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "nope"), lambda: "x".encode("ascii", "nope"),
              lambda: "x".encode(1), lambda: b"x".decode(None), lambda: "x".encode(errors=3), lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"),
              lambda: "\udc10".encode("utf-8", "surrogateescape"), lambda: "é".encode("ascii", "surrogatepass"), lambda: ascii(b"\x80\x41".decode("ascii", "surrogateescape")),
              lambda: "x".encode("utf-8", "strict", 3), lambda: b"x".decode(encoding="ascii", bogus=1)]:
    try:
        print(thunk())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom reason")
print(e, e.args, e.start, e.end)
e.start = 1; e.end = 2; e.reason = "changed"
print(e)
print(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "nope"), UnicodeEncodeError("ascii", "abc", 0, 3, "nope"))
try:
    UnicodeDecodeError("utf-8")
except TypeError as e:
    print(type(e).__name__, e)
