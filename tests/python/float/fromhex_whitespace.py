# float.fromhex strips only ASCII whitespace (C's isspace), while float() also strips Unicode
# whitespace: both must refuse and accept exactly what CPython does.
for s in ["\xa00x1p3\xa0", " 0x1.8p1 ", "\t\n\x0b\x0c\r0x10\r\n", "\u20030x10\u2003", "\x1c0x1\x1f",
          "0x1\u200b", " -inf ", " +NaN\t", "\x85 0x1p-1", "INFINITY"]:
    try:
        print(repr(s), float.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["\xa01.5\xa0", "\u20031e3", "\x1c2\x1f", "1.5\u200b", "\x85 2.5\u3000"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
