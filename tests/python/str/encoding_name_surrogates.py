# A codec name with lone surrogates is refused as CPython's C-string conversion refuses it
# (UnicodeEncodeError), before any lookup; email relies on that to report a CharsetError.
import codecs
from email import _encoded_words, errors

name = "utf-8\udce2\udc80\udc9d"
calls = [
    ("bytes.decode", lambda: b"foo".decode(name)),
    ("bytes.decode errors", lambda: b"foo".decode("utf-8", "strict\ud800")),
    ("str.encode", lambda: "foo".encode(name)),
    ("str.encode errors", lambda: "foo".encode("ascii", errors="x\udfff")),
    ("str()", lambda: str(b"foo", name)),
    ("bytes()", lambda: bytes("foo", "latin-1\ud800")),
    ("bytearray()", lambda: bytearray("foo", "\ud800utf-8")),
    ("codecs.lookup", lambda: codecs.lookup(name)),
    ("codecs.decode", lambda: codecs.decode(b"foo", name)),
    ("nul", lambda: b"foo".decode("utf-8\0\ud800")),
    ("nul first", lambda: b"foo".decode("utf\0-8\ud800")),
]
for what, f in calls:
    try:
        print(what, f())
    except (UnicodeError, LookupError, ValueError) as e:
        print(what, type(e).__name__, e)

string, charset, lang, defects = _encoded_words.decode("=?" + name + "?q?foo=ACbar?=")
print(ascii(string), ascii(charset), [type(d).__name__ for d in defects])
print(isinstance(defects[0], errors.CharsetError))
