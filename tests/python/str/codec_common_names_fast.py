# str.encode / bytes.decode with the codec names most programs spell (utf-8, ascii, latin-1 and
# their usual spellings), which skip name normalisation: results, error handlers and messages
# must match the long way (U8, L1, us_ascii) exactly.
names = ['utf-8', 'utf8', 'UTF-8', 'UTF8', 'utf_8', 'U8', 'ascii', 'ASCII', 'us-ascii', 'us_ascii',
         'latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'Latin-1', 'ISO-8859-1', 'L1']
texts = ['', 'a', 'hello', 'h\xe9llo', '\xff\x80', 'w\u20acrld', '\U0001f600x', 'a\ud800b', '\udcff',
         '\ud83d\ude00', 'x\udc80\udc81y']
handlers = ['strict', 'replace', 'ignore', 'surrogateescape', 'surrogatepass', 'backslashreplace',
            'xmlcharrefreplace', 'namereplace']
for name in names:
    for t in texts:
        row = []
        for h in handlers:
            try:
                row.append(t.encode(name, h))
            except Exception as e:
                row.append((type(e).__name__, str(e)))
        print(name, ascii(t), row)

datas = [b'', b'abc', b'\xc3\xa9', b'\xe2\x82\xacx', b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xc3',
         b'\xe2\x82', b'\xf0\x9f\x98', b'\x80', b'\xc0\xaf', b'\xe0\x80\x80', b'\xf4\x90\x80\x80',
         b'\xf5', b'a\xffb', b'\xed\xb2\x80\xed\xa0\xbd', b'\xef\xbb\xbfx']
for name in names:
    for d in datas:
        row = []
        for h in handlers:
            try:
                row.append(ascii(d.decode(name, h)))
            except Exception as e:
                row.append((type(e).__name__, str(e)))
        print(name, d, row)

import codecs
for d in datas:
    for final in (False, True):
        try:
            print(d, final, ascii(codecs.utf_8_decode(d, 'strict', final)))
        except UnicodeDecodeError as e:
            print(d, final, e)

class S(str):
    pass
class B(bytes):
    pass
print(S('h\xe9').encode('utf-8'), type(S('x').encode()).__name__)
print(ascii(B(b'\xc3\xa9').decode('utf-8')), type(B(b'x').decode('latin-1')).__name__)
print(ascii(bytearray(b'\xe2\x82\xac').decode('utf8')), ascii(memoryview(b'\xff').tobytes().decode('latin1')))
print(ascii(bytes(range(256)).decode('latin-1')) == ascii(''.join(map(chr, range(256)))))
print(''.join(map(chr, range(256))).encode('latin-1') == bytes(range(256)))
for bad in [('utf-8', 5), (5, 'strict'), ('utf-8', None), (None, 'strict')]:
    try:
        'x'.encode(*bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        b'x'.decode(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    'x'.encode('utf-8', 'nosuchhandler')
    print('no error for an unused handler')
    'x\xe9'.encode('ascii', 'nosuchhandler')
except Exception as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8', 'nosuchhandler')
except Exception as e:
    print(type(e).__name__, e)
