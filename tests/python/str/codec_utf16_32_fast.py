# UTF-16 and UTF-32 in each byte order: well-formed text and data, and the cases that leave the
# direct conversion for the error handlers (lone surrogates, truncated units, unpaired or
# reversed surrogates, code points past U+10FFFF), including incremental decoding.
import codecs
encs = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'u32', 'UTF-16',
        'utf_16', 'UTF-32', 'utf_32']
texts = ['', 'a', 'h\xe9llo', '\u20ac\ufeff\uffff', '\U0001f600', 'x\U0010ffffy', 'a\ud800b', '\udc00',
         '\ud83d\ude00']
for e in encs:
    for t in texts:
        row = []
        for h in ('strict', 'replace', 'surrogatepass', 'backslashreplace'):
            try:
                row.append(t.encode(e, h))
            except UnicodeEncodeError as ex:
                row.append(str(ex))
        print(e, ascii(t), row)
datas = [b'', b'a\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a', b'a\x00b', b'\x3d\xd8\x00\xde', b'\x3d\xd8',
         b'\x00\xde', b'\x3d\xd8a\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
         b'\x00\xf6\x01\x00', b'a\x00\x00\x00b']
for e in encs:
    for d in datas:
        row = []
        for h in ('strict', 'replace', 'surrogatepass', 'ignore'):
            try:
                row.append(ascii(d.decode(e, h)))
            except UnicodeDecodeError as ex:
                row.append(str(ex))
        print(e, d, row)
for fn in (codecs.utf_16_decode, codecs.utf_16_be_decode, codecs.utf_32_decode, codecs.utf_32_le_decode):
    for d in datas:
        for final in (False, True):
            try:
                print(fn.__name__, d, final, ascii(fn(d, 'strict', final)))
            except UnicodeDecodeError as ex:
                print(fn.__name__, d, final, ex)
for e in ('utf-16', 'utf-32'):
    data = 'h\xe9\U0001f600!'.encode(e)
    dec = codecs.getincrementaldecoder(e)()
    print(e, [ascii(dec.decode(data[i:i + 3])) for i in range(0, len(data), 3)], ascii(dec.decode(b'', True)))
