# unicode_escape / raw_unicode_escape decoding with final=False leaves an escape cut short by
# the end of the input unconsumed; the incremental decoders and stream readers build on that.
import codecs
import io
import warnings

cases = [b"\\", b"a\\", b"\\x4", b"\\x41", b"\\u12", b"\\u1234", b"\\U0001", b"\\U0001F600",
         b"\\N", b"\\N{", b"\\N{DIGIT", b"\\N{DIGIT ONE}", b"\\0", b"\\01", b"\\\\", b"\\\\\\",
         b"\\uzz", b"\\x4z", b"ab\\n\\u00e9\\"]
for data in cases:
    for name in ("unicode_escape_decode", "raw_unicode_escape_decode"):
        f = getattr(codecs, name)
        for final in (False, True):
            for errors in ("strict", "replace"):
                try:
                    r = f(data, errors, final)
                except UnicodeDecodeError as e:
                    r = "UnicodeDecodeError: %s" % e
                print(name, data, final, errors, ascii(r))

# Incremental decoders fed one byte at a time.
text = "\x00\t\n\r\\\xff\uffff\U00010000 \u20ac\\"
for enc in ("unicode_escape", "raw_unicode_escape"):
    encoded = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(encoded[i:i + 1]) for i in range(len(encoded))]
    parts.append(dec.decode(b"", True))
    print(enc, ascii(parts), "".join(parts) == text)
    reader = codecs.getreader(enc)(io.BytesIO(("line one\nline \u20ac two\n" * 3).encode(enc)))
    print(enc, ascii(reader.readlines()))

# The first invalid escape gives a DeprecationWarning, in both escape decoders.
for data in (rb"\q", rb"\777", rb"\8", b"\\\xfa", rb"\q\777", rb"\400x", rb"ok"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r1 = codecs.unicode_escape_decode(data)
        r2 = codecs.escape_decode(data)
    print(data, ascii(r1), r2, [(c.category.__name__, str(c.message)) for c in w])
