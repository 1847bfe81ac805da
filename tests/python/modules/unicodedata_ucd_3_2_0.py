# unicodedata.ucd_3_2_0 answers with Unicode 3.2.0: code points assigned since are unassigned
# there, some properties had other values, and five ideographs normalized differently.
import stringprep
import unicodedata as u

old = u.ucd_3_2_0
print(old.unidata_version, u.unidata_version)
for c in "\u0221\u1e9e\U0002a700\u20b9\u0041\u00e9":
    print(hex(ord(c)), old.category(c), u.category(c), repr(old.bidirectional(c)), old.east_asian_width(c),
          old.mirrored(c), old.combining(c), repr(old.decomposition(c)),
          old.decimal(c, None), old.digit(c, None), old.numeric(c, None), old.name(c, None))
# properties whose values changed between 3.2.0 and 14.0
print(old.category("\u00aa"), u.category("\u00aa"), old.category("\u200b"), u.category("\u200b"))
print(old.bidirectional("\u0600"), u.bidirectional("\u0600"), old.mirrored("\u2201"), u.mirrored("\u2201"))
print(old.decimal("\u1369", None), u.decimal("\u1369", None), old.digit("\u1369"), old.numeric("\u1369"))
for f in (old.name, old.decimal, old.digit, old.numeric):
    try:
        f("\u0221")
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
try:
    old.lookup("LATIN SMALL LETTER D WITH CURL")
except KeyError as e:
    print("lookup", type(e).__name__, e)
print(u.lookup("LATIN SMALL LETTER D WITH CURL"), old.lookup("LATIN SMALL LETTER A"))
# normalization: unassigned code points are left alone, composition still happens
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, ascii(old.normalize(form, "\U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf")),
          ascii(u.normalize(form, "\U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf")))
    print(form, ascii(old.normalize(form, "a\u0301\u1b05\u1b35\u1b06e\u0301\u0221\u0301\u2fa0\u00e9")),
          old.is_normalized(form, "\u1b05\u1b35"), old.is_normalized(form, "\u0221"))
# stringprep's tables rest on it
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_a1("\u0220"), stringprep.in_table_a1("\U0002a700"))
print(stringprep.in_table_d1("\u05be"), stringprep.in_table_d2("\u0041"), stringprep.in_table_c22("\u200b"))
print(sum(stringprep.in_table_a1(chr(c)) for c in range(0x3000)))
