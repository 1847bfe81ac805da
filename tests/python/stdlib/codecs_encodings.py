import codecs, io
print(codecs.lookup("utf-8").name, codecs.lookup("Latin-1").name, codecs.lookup("cp1252").name, codecs.lookup("utf_16_le").name)
print(codecs.encode("hello", "rot13"), codecs.decode("uryyb", "rot_13"), codecs.encode(b"\x00\xff", "hex"), codecs.decode(b"00ff", "hex_codec"))
print(codecs.encode(b"taipan" * 3, "base64"), codecs.decode(codecs.encode(b"zz" * 50, "zlib"), "zlib"))
print("Grüße".encode("cp437"), b"\x81".decode("cp437"), "Ω".encode("mac_greek"), "€".encode("iso8859_15"))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€".encode()], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
r = codecs.getreader("utf-8")(io.BytesIO("line1\nlíne2\n".encode()))
print(r.readline(), r.read())
w = io.BytesIO(); sw = codecs.getwriter("latin-1")(w); sw.write("café"); print(w.getvalue())
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_decode(b"ab\xc3", None, False))
def handler(e):
    return ("?" * (e.end - e.start), e.end)
codecs.register_error("taipan.q", handler)
print("a\u20acb".encode("ascii", "taipan.q"), b"a\xffb".decode("utf-8", "taipan.q"), codecs.lookup_error("taipan.q") is handler)
def search(name):
    if name == "taipan_upper":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (bytes(b).decode().lower(), len(b)), name="taipan_upper")
codecs.register(search)
print("abc".encode("taipan_upper"), b"XYZ".decode("taipan-upper"), codecs.lookup("TAIPAN_UPPER").name)
codecs.unregister(search)
for bad in [lambda: codecs.lookup("no-such-codec"), lambda: "x".encode("no-such-codec"), lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: codecs.encode(1, "rot13")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
