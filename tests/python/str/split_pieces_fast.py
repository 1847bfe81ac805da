# str.split / rsplit with a separator (one char or longer) and on whitespace: the pieces, and
# CPython's identity rule: when nothing splits an exact str, the list holds the str itself
# (except a whitespace split with maxsplit=0, which copies it).
cases = ['a,b,c,d,e,f,g', '', ',', ',,', 'abc', 'a,,b,', '\xe9,\u20ac,\U0001f600,x', 'one two  three ',
         '  lead', 'x\u3000y\tz', 'ab--cd--', '--']
for s in cases:
    for sep in (',', '--', ' ', None, '\u20ac', '\U0001f600'):
        for mx in (-1, 0, 1, 2):
            print(ascii(s), ascii(sep), mx, ascii(s.split(sep, mx)), ascii(s.rsplit(sep, mx)))
word = ''.join(['ab', 'cd'])
for sep in (',', '--', None, 'zz'):
    for mx in (-1, 0, 1):
        print(ascii(sep), mx, word.split(sep, mx)[0] is word, word.rsplit(sep, mx)[0] is word)
print(word.split(maxsplit=0)[0] is word, ' ab'.split()[0] == 'ab')
class S(str):
    pass
for r in (S('abcd').split(','), S('a,b').split(','), S('abcd').split(), S('abcd').rsplit('x', 0)):
    print(r, [type(x).__name__ for x in r])
for bad in ((1,), ('',), (',', 'x'), (',', 2**70)):
    try:
        'a,b'.split(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print('a,b'.split(sep=',', maxsplit=1), 'a,b,c'.rsplit(',', maxsplit=1))
