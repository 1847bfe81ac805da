import codecs, _codecs
def myhandler(e):
    return ("<%s>" % type(e).__name__, e.end)
codecs.register_error("myhandler", myhandler)
for f in [lambda: codecs.encode(1, "rot13"), lambda: codecs.encode("abc", "rot13"), lambda: codecs.decode(b"616263", "hex"), lambda: codecs.encode(b"abc", "hex"), lambda: "abc".encode("rot13"),
  lambda: codecs.lookup("UTF-8").name, lambda: codecs.lookup("nope"), lambda: _codecs.lookup("latin 1").name, lambda: codecs.encode("é", "ascii"), lambda: codecs.decode(b"\xff", "utf-8"),
  lambda: _codecs.utf_8_decode(b"a\xc3", None, False), lambda: _codecs.utf_8_decode(b"a\xc3", "replace", True), lambda: _codecs.utf_8_encode("é"), lambda: _codecs.utf_8_encode(b"x"), lambda: _codecs.utf_8_encode("x", 1),
  lambda: _codecs.utf_16_ex_decode(b"\xff\xfea\x00b", "strict", 0, False), lambda: _codecs.utf_16_ex_decode(b"a\x00", "strict", 0, True), lambda: _codecs.utf_16_encode("ab"), lambda: _codecs.utf_16_be_encode("ab"),
  lambda: _codecs.charmap_decode(b"\x00\x01\x02", "strict", "ab\ufffe"), lambda: _codecs.charmap_decode(b"\x00\x01", "replace", {0: "x", 1: None}), lambda: _codecs.charmap_encode("ab", "strict", _codecs.charmap_build("ab")),
  lambda: _codecs.charmap_encode("abc", "replace", {97: 1, 63: 2}), lambda: _codecs.charmap_build("abc").size(), lambda: _codecs.escape_decode(b"a\\x41\\n\\101\\\\q"), lambda: _codecs.escape_encode(b"a'\n\xff"),
  lambda: _codecs.lookup_error("strict"), lambda: _codecs.lookup_error("nope"), lambda: _codecs.register_error("x", 1), lambda: _codecs.register(1),
  lambda: "a\u1234".encode("ascii", "myhandler"), lambda: b"a\xffb".decode("ascii", "myhandler"), lambda: "abc".encode("cp1252"), lambda: b"\x80".decode("cp1252"), lambda: codecs.lookup("cp1252").name,
  lambda: "x".encode("utf-8-sig"), lambda: codecs.getincrementaldecoder("utf-8")().decode(b"\xc3"), lambda: _codecs.unicode_escape_decode("\\u0041"), lambda: _codecs.raw_unicode_escape_encode("\u1234"),
  lambda: _codecs.latin_1_encode("\xff"), lambda: _codecs.ascii_decode(b"\x80", "ignore"), lambda: _codecs.readbuffer_encode("ab"), lambda: _codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", None, 0, True),
  lambda: codecs.encode("abc", "base64"), lambda: codecs.utf_8_decode(b"ab"), lambda: codecs.lookup("utf8") is codecs.lookup("utf-8"),
 ]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
