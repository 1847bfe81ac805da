# Which spellings of an encoding CPython encodes and decodes without the codec registry: str.encode,
# bytes.decode, str(), bytes() and bytearray() compare the name as _Py_normalize_encoding leaves
# it (ASCII letters lower-cased, runs of other characters one '_' between kept ones) with utf8,
# utf_8, utf16, utf_16, utf32, utf_32, ascii, us_ascii, latin1, latin_1, iso_8859_1 and
# iso8859_1. Through such a spelling an error handler's exception reaches the caller as raised;
# through any other (an alias, codecs.encode/decode) the registry wraps a plain one in
# "decoding with '...' codec failed", once.
import codecs

def raise_value(exc):
    raise ValueError("custom " + type(exc).__name__)

def raise_runtime(exc):
    raise RuntimeError("rt")

def raise_key(exc):
    raise KeyError("k")

def raise_own_unicode_error(exc):
    if isinstance(exc, UnicodeDecodeError):
        raise UnicodeDecodeError("ascii", b"zz", 0, 1, "mine")
    raise UnicodeEncodeError("ascii", "zz", 0, 1, "mine")

codecs.register_error("t.value", raise_value)
codecs.register_error("t.runtime", raise_runtime)
codecs.register_error("t.key", raise_key)
codecs.register_error("t.unicode", raise_own_unicode_error)

DATA = b"a\xff\xfe\xfdb"
TEXT = "a\udc80\U0001F600\u0100b"

def report(label, f):
    try:
        print(label, "ok", ascii(f()))
    except LookupError as e:
        print(label, type(e).__name__, ascii(str(e)))
    except Exception as e:
        cause = e.__cause__
        print(label, type(e).__name__, ascii(str(e)), type(cause).__name__ if cause else None,
              e.__suppress_context__)

NAMES = ["utf-8", "utf8", "UTF-8 ", " utf 8 ", "UTF_8.", "U.T.F-8", "-utf-8", "utf--8", "U8", "utf\u00e98",
         "utf16", "utf-16", "UTF_16", "utf-16 ", "u16", "utf-16-le", "utf32", "  utf  32  ", "u32",
         "latin_1", "latin 1", "Latin_1 ", "latin1", "iso8859_1", "ISO_8859-1", "iso-8859-1", "l1", "latin",
         "iso_8859_1_1987", "8859", "ascii", "ascii.", "us ascii", "US-ASCII", "646", "utf-8-sig", "utf8_ucs2",
         "cp65001", "cp1252", "\u212aoi8_r", "\u0130so8859_1"]

for enc in NAMES:
    for errors in ("strict", "t.value", "t.runtime", "t.key", "t.unicode"):
        tag = "%s %s" % (ascii(enc), errors)
        report(tag + " bytes.decode", lambda: DATA.decode(enc, errors))
        report(tag + " str()", lambda: str(DATA, enc, errors))
        report(tag + " codecs.decode", lambda: codecs.decode(DATA, enc, errors))
        report(tag + " str.encode", lambda: TEXT.encode(enc, errors))
        report(tag + " bytes()", lambda: bytes(TEXT, enc, errors))
        report(tag + " bytearray()", lambda: bytearray(TEXT, enc, errors))
        report(tag + " codecs.encode", lambda: codecs.encode(TEXT, enc, errors))

# the _codecs functions the registry calls never wrap themselves
for fn in ("utf_8_encode", "utf_16_le_encode", "utf_32_be_encode", "latin_1_encode", "ascii_encode"):
    report(fn, lambda: getattr(codecs, fn)(TEXT, "t.value"))

# charmap_encode hands a run of unmapped characters to the handler as one error, looking each up
def question_marks(exc):
    print("handler", exc.start, exc.end)
    return ("?" * (exc.end - exc.start), exc.end)

codecs.register_error("t.question", question_marks)

class Mapping(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)

mapping = Mapping({97: 65, 98: b"BB", 63: 63})
table = codecs.charmap_build("".join(map(chr, range(256))).replace("b", "\ufffe"))
for text in ("a\u0100\u0101b\u0102", "\u0100", "ab"):
    for errors in ("strict", "t.question", "replace", "ignore", "xmlcharrefreplace"):
        report("mapping %s %s" % (ascii(text), errors), lambda: codecs.charmap_encode(text, errors, mapping))
        report("table %s %s" % (ascii(text), errors), lambda: codecs.charmap_encode(text, errors, table))
report("cp1252 str.encode", lambda: "\u0100\u0101x".encode("cp1252", "t.question"))
report("cp1252 codecs.encode", lambda: codecs.encode("\u0100\u0101x", "cp1252", "t.question"))
report("cp1252 strict", lambda: codecs.encode("x\u0100\u0101", "cp1252"))
