# unicode_escape and raw_unicode_escape: encoding, decoding, error reasons and ranges under each handler
tests = [rb'ab\x4', rb'\x4g', rb'\u12', rb'\U0011ffff', rb'\U001', rb'\N{foo}', rb'\N{LATIN', rb'\Nx', b'abc\\',
         b'a\\\nb' + rb'\a\b\f\v\0\12\'\"', rb'\N{EURO SIGN}\N{latin small letter a}\N{BEL}', rb'\N{}', rb'\N']
for t in tests:
    try:
        print(ascii(t.decode('unicode_escape')))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.encoding)
for t in tests[:8]:
    print(ascii(t.decode('unicode_escape', 'replace')), ascii(t.decode('unicode_escape', 'backslashreplace')), ascii(t.decode('unicode_escape', 'ignore')))
print(rb'\u00e9\x41\\u1234\U0001f600 \N'.decode('raw_unicode_escape').encode('ascii', 'backslashreplace'))
for t in [rb'\u12', rb'\U00110000', rb'\\u12', rb'\\\u00e9']:
    try:
        print(ascii(t.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.encoding)
s = 'a\\\'"\t\n\r\x00\x7f\xe9\u20ac\U0001f600\udc80'
print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'), s.encode('unicode-escape') == s.encode('UNICODE_ESCAPE'))
names = "".join(chr(c) for c in [0xe9, 0x3b1, 0x416, 0x5d0, 0x627, 0xe01, 0x20ac, 0x2603, 0x4e16, 0xac00, 0xd7a3, 0x1f600, 0x1d11e, 0xfb01, 0xf900])
print(names.encode("ascii", "namereplace"))
print(names.encode("unicode_escape").decode("unicode_escape") == names, rb"\N{SNOWMAN}\N{CJK UNIFIED IDEOGRAPH-4E16}\N{HANGUL SYLLABLE GA}".decode("unicode_escape") == "\u2603\u4e16\uac00")
