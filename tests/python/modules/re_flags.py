# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE (bytes), inline and scoped flags
import re

print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('(?i)a[b-d]+', 'xABDCx'))
print(re.findall(r'(?i:a)b', 'Ab AB ab'), re.findall(r'a(?-i:b)', 'aB Ab AB', re.I))
print(re.findall(r'^\d', '1\n2\n3', re.M), re.findall(r'\d$', '1\n2\n3', re.M), re.findall(r'.+', 'a\nb', re.S))
p = re.compile(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # word
''', re.VERBOSE)
print(p.findall('12 ab 3cd'), p.flags & re.X != 0)
print(re.findall(r'a b # c', 'ab', re.X), re.findall(r'a\ b[ ]c', 'a b c', re.X))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\d', '1٣'))
print(re.findall(r'\d', '1٣۵'), re.findall(r'\s', ' \u3000\x1c\xa0\t'), re.findall(r'(?a)\s', ' \u3000\x1c\xa0\t'))
print(re.findall(rb'\w+', b'caf\xe9 ok', re.L), re.findall(rb'(?i)k', b'kK', re.L), re.findall(rb'(?L)[a-c]', b'AbC', re.I))
print(re.findall(r'(?i)\bK', 'k K \u212a'), re.findall(r'(?ia)k', 'k K \u212a'))
for flags in [0, re.I, re.M | re.S, re.X | re.A, re.U, re.I | re.U, re.DEBUG & 0, re.T & 0, 0x200 & 0]:
    print(re.compile('x', flags))
print(re.compile('(?i)x'), re.compile('(?s)(?m)x'), re.compile(b'x', re.L), re.compile(b'(?i)x'))
print(re.compile('x').flags, re.compile('(?i)x').flags, re.compile(b'x').flags, re.compile('(?a)x').flags)
for pat, flags in [('x', re.L), (b'x', re.U), ('(?L)x', 0), (b'(?u)x', 0), ('x', re.A | re.U), (b'x', re.A | re.L),
                   ('(?a:(?u:x))', 0), ('(?i-i:x)', 0), ('(?-a:x)', 0), ('x(?i)', 0)]:
    try:
        print(re.compile(pat, flags))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.I, re.M | re.S, repr(re.X), re.RegexFlag(0), re.A | re.I)
