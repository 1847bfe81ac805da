import _string, string
for s in ['', 'abc', 'a{0}b', '{}', '{{}}', 'a{{b', '}}x', '{0!r:>{1}}', '{x.y[0]!s}', '{:}', '{!a}', 'x{a[}]}y', '{0:{1}{2}}z', 'é{0}ü']:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ['{', '}', 'a}b', '{0', '{!', '{!r', '{!rx}', '{a{b}', '{0:', '{0!r:{}']:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e: print(repr(s), type(e).__name__, e)
for n in ['', 'a', '0', '12.x[3][k].y', 'a[0]', 'x.', 'a[', 'a]b', 'a[]', '١٢']:
    try:
        first, rest = _string.formatter_field_name_split(n)
        print(repr(n), repr(first), list(rest))
    except ValueError as e: print(repr(n), type(e).__name__, e)
try: _string.formatter_parser(1)
except TypeError as e: print(e)
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('')[1]).__name__)
f = string.Formatter()
print(f.format('{0} and {name!r:>8} {1[0]}', 'a', [7], name='n'), f.vformat('{x.real}', (), {'x': 3}))
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        return str(value).upper() if conversion == 'u' else super().convert_field(value, conversion)
print(Upper().format('{0!u} {1}', 'hi', 2))
print(string.Template('$a and ${b}').substitute(a=1, b=2), string.capwords('hello  world'))
