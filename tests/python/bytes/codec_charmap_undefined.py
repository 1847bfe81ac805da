# charmap_decode treats U+FFFE as "undefined" whether the mapping gives it as a str or an int.
import codecs

maps = [{0: 97, 1: 98, 2: 0xFFFE}, {0: "a", 1: "b", 2: "\ufffe"}, {0: "a", 1: "b", 2: None},
        {0: 97, 1: 98}, "ab\ufffe", {0: 0xFFFD, 1: 0x10FFFF, 2: 99}]
for m in maps:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(ascii(m), errors, ascii(codecs.charmap_decode(b"\x00\x01\x02", errors, m)))
        except UnicodeDecodeError as e:
            print(ascii(m), errors, "UnicodeDecodeError:", e)
