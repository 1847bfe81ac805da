# Case mappings and character predicates over whole Unicode blocks (CPython 3.11 has Unicode 14.0).
ranges = [(0x0, 0x600), (0x10A0, 0x1100), (0x13A0, 0x1400), (0x1C80, 0x1CC0), (0x1E00, 0x2200), (0x2460, 0x2500),
          (0x2C00, 0x2D30), (0xA640, 0xA800), (0xAB30, 0xABC0), (0xFB00, 0xFB50), (0xFF10, 0xFF60), (0x10400, 0x10450),
          (0x10570, 0x105C0), (0x10D40, 0x10D90), (0x1E900, 0x1E960), (0x1F100, 0x1F110)]
extra = [0x897, 0xCF3, 0x3405, 0x4E00, 0x4E07, 0x5146, 0x2F890, 0x3000, 0x0E33, 0x309B, 0xFF9E, 0x1D7CE, 0x16FE4, 0xE0001]
methods = ["upper", "lower", "casefold", "title", "swapcase", "capitalize"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable", "isidentifier",
         "isupper", "islower", "istitle"]
cps = [c for lo, hi in ranges for c in range(lo, hi)] + extra
for i in range(0, len(cps), 16):
    chunk = [chr(c) for c in cps[i:i + 16] if not 0xD800 <= c <= 0xDFFF]
    flags = []
    check = 0
    for c in chunk:
        bits = 0
        for p in preds:
            bits = bits * 2 + (1 if getattr(c, p)() else 0)
        bits = bits * 2 + (1 if ("a" + c).isidentifier() else 0)
        flags.append("%03x" % bits)
        for m in methods:
            for ch in getattr(c, m)():
                check = (check * 31 + ord(ch)) % 1000000007
    print("%x" % cps[i], "".join(flags), check)
words = ["ὐ ᾲ ᾷ ῒ", "ΣΑΣ ΟΔΟΣ σ", "İstanbul ıi", "ǅungla ǈ ǋ", "straße ẞ ﬁﬂ ﬃ", "ꭰꭱ ᏸ Ꭰ", "ⅰⅱ Ⅻ ½ ² ௰", "١٢٣ ߀ ٤"]
for w in words:
    print(ascii(w), [ascii(getattr(w, m)()) for m in methods], [getattr(w, p)() for p in preds])
print(repr("\u0897\u0cf3\u1c89\ua7cb"), "\u0897".isprintable(), "a\u0cf3".isidentifier(), "\u019b".upper() == "\u019b")
