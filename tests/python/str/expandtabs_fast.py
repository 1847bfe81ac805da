# str.expandtabs: columns restart after \n and \r; tabsize 0 or negative drops tabs; astral
# characters and lone surrogates count one column each; a str without tabs is its own result.
for s in ['', 'a\tb', '\t', 'ab\tc\td', '12345678\tx', 'a\nb\tc', 'ab\r\tc', '\xe9\t|', '\U0001f600\tx',
          '\ud800\tx', 'a\u20ac\t\t|', 'no tabs', '\t\t\t']:
    print(ascii(s), [ascii(s.expandtabs(*a)) for a in ((), (0,), (1,), (3,), (-2,))],
          ascii(s.expandtabs(tabsize=4)))
s = 'plain'
print(s.expandtabs() is s, 'x\ty'.expandtabs() == 'x       y')
class S(str):
    pass
r = S('no tab').expandtabs()
print(type(r).__name__, r, type(S('a\tb').expandtabs()).__name__)
for bad in ((1.5,), ('4',), (2**40,), (4, 5)):
    try:
        'a\tb'.expandtabs(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    'a'.expandtabs(size=3)
except TypeError as e:
    print(e)
