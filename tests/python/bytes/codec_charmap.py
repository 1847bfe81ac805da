# single-byte "charmap" codecs: full decode tables, encoding back, names, and 'charmap' errors
names = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "cp437",
         "cp850", "cp852", "cp855", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866",
         "cp869", "cp737", "cp775", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_15", "iso8859_16",
         "koi8_r", "koi8_u", "mac_roman", "mac_latin2"]
every = bytes(range(256))
for name in names:
    text = every.decode(name, "replace")
    undefined = [i for i, ch in enumerate(text) if ch == "\ufffd"]
    back = text.encode(name, "ignore")
    print(name, sum(map(ord, text)), undefined[:8], len(back), back == bytes(b for b in every if b not in undefined))
for alias in ["windows-1252", "Windows_1251", "IBM437", "437", "latin9", "ISO-8859-15", "l2", "KOI8-R", "macintosh", "cyrillic"]:
    print(alias, "€ÄЖ".encode(alias, "replace"), b"\xa4\xc4\xe6".decode(alias, "backslashreplace").encode("ascii", "backslashreplace"))
for thunk in [lambda: "€".encode("cp437"), lambda: "a€€b".encode("cp437"), lambda: b"\x81".decode("cp1252"),
              lambda: b"ab\x90".decode("windows-1252"), lambda: "\u0100".encode("koi8_r"), lambda: "x".encode("cp999"),
              lambda: "aé\u4e16".encode("cp1252", "xmlcharrefreplace"), lambda: b"\x81\x8d".decode("cp1252", "ignore"),
              lambda: "\udc81".encode("cp1252", "surrogateescape"), lambda: ascii(b"\x81".decode("cp1252", "surrogateescape"))]:
    try:
        print(thunk())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e, getattr(e, "start", None), getattr(e, "end", None))
