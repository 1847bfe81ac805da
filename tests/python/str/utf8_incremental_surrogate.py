# An incremental UTF-8 decoder waits for the last byte of an encoded surrogate (ED A0..BF) rather
# than failing on its first two bytes, so surrogatepass can take the whole sequence.
import codecs

for enc in ("utf-8", "utf-8-sig"):
    for ch in ("\ud901", "\udc02", "\ud7ff", "\ue000"):
        data = ch.encode(enc, "surrogatepass")
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder(enc)("surrogatepass")
            first = dec.decode(data[:i])
            print(enc, ascii(ch), i, ascii(first), ascii(dec.decode(data[i:], True)))

for data in (b"\xed", b"\xed\xa0", b"\xed\x9f", b"\xed\xa0\x80", b"a\xed\xbf", b"\xed\xa0x"):
    for errors in ("strict", "surrogatepass", "replace"):
        for final in (False, True):
            try:
                r = codecs.utf_8_decode(data, errors, final)
            except UnicodeDecodeError as e:
                r = "UnicodeDecodeError: %s" % e
            print(data, errors, final, ascii(r))
