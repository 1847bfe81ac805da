# repr(str): quote choice and every kind of escape, for simple text (BMP, no surrogate) and for
# text with astral characters or lone surrogates.
samples = ['', 'hello\n', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\t\r\n', '\x00\x01\x1f\x7f',
           '\x80\x9f\xa0\xad\xe9\xff', '\u0378\u2028\u2029\u200b\u20ac\ufeff\uffff', '\ue000\uf8ff',
           '\U0001f600', '\U000e0001\U0010ffff', '\ud800', 'a\udfffb', "'\U0001f600\"", 'x' * 3 + '\x1b[0m']
for s in samples:
    print(ascii(repr(s)), len(repr(s)))
    print(repr(s).encode('utf-8', 'backslashreplace'))
class S(str):
    pass
print(repr(S('a\n')), repr([S("'")]), repr({'k\t': '\x00'}))
