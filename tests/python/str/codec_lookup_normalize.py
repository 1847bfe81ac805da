# codecs.lookup hands search functions the name normalized as CPython 3.11's
# _Py_normalize_encoding does: ASCII letters lowered, digits and dots kept, each run of other
# characters (non-ASCII ones too) one underscore, none at either end.
import codecs

seen = []


def search(name):
    seen.append(name)
    if name == "aaa_8":
        return (1, 2, 3, 4)
    return None


codecs.register(search)
for name in ("aaa_8", "AAA-8", "AAA---8", "AAA   8", "aaa\xe9\u20ac-8", "AAA.8", "--Ab  c--", "x.Y-z",
             "a\xe9\u20ac-8", "\xe9", "A_B", "a__b", "  ", "Z9"):
    try:
        print(ascii(name), codecs.lookup(name))
    except LookupError as e:
        print(ascii(name), "LookupError:", ascii(str(e)))
print(seen)
# The standard codecs are still found under their usual spellings.
for name in ("UTF-8", "utf 8", "Latin-1", "ISO8859-1", "cp1252", "U8", "utf_16-le"):
    print(name, codecs.lookup(name).name)
codecs.unregister(search)
