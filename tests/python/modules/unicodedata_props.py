import unicodedata as u
chars = "aZ5½²é\u0301\u0345\u05b0\u0663\u2160\u4e00\uac00\u00a0\u200b\u2028 \t\n\u0e3f\U0001F600\U00010400\ufe0f\u3000\uff21\u00bd\u216b\u0f33\U0001d7ce\u0378\U0001FADD\ud800\ue000"
for c in chars:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, "-"))
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category("a"))
for s in ["Å", "ﬁ", "e\u0301", "\u1e9b\u0323", "한글", "①", "Ｈｅｌｌｏ"]:
    print([u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")], [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(u.lookup("LATIN SMALL LETTER A"), u.lookup("snowman"), u.lookup("HANGUL SYLLABLE GA"), u.lookup("CJK UNIFIED IDEOGRAPH-4E00"), u.name("\u4e00"), u.name("\uac01"))
for bad in [lambda: u.name("\x00"), lambda: u.lookup("NO SUCH THING"), lambda: u.category("ab"), lambda: u.category(1), lambda: u.decimal("a"),
            lambda: u.digit("x"), lambda: u.numeric("b"), lambda: u.normalize("NFX", "a"), lambda: u.normalize("NFC", 1), lambda: u.lookup("x" * 300), lambda: u.name("\U0001FADD")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import collections
cats = collections.Counter(u.category(chr(c)) for c in range(0, 0x110000, 97))
print(sorted(cats.items()))
print(sum(u.combining(chr(c)) for c in range(0x300, 0x1000)), sum(len(u.decomposition(chr(c))) for c in range(0xc0, 0x1000)))
print(collections.Counter(u.east_asian_width(chr(c)) for c in range(0, 0x20000, 13)).most_common())
