# Match objects: groups, names, spans, lastindex/lastgroup, regs, __getitem__, errors
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Jane Doe')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0), m[2], m['first'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default='?'))
print(m.span(), m.span(1), m.start('last'), m.end(2), m.span('rest'), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re.pattern)
print(m.re.groups, sorted(m.re.groupindex.items()), type(m.re.groupindex).__name__)
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.lastindex, m.lastgroup, m.span(2), m.regs)
m = re.match(r'((a)|(b))+', 'abab')
print(m.groups(), m.lastindex, m.span(1), m.span(2), m.span(3))
m = re.match(r'(a(b(c)))', 'abc')
print(m.groups(), m.lastindex)
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups(), m.span(1))
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.lastindex, m.group(1, 2))
print(re.match('x', 'x').lastindex, re.match('x', 'x').groups(), re.match('x', 'x').groupdict())
for key in [3, -1, 'nope', 1.0, None, 10**30, -10**30]:
    try:
        print(re.match('(a)', 'a').group(key))
    except IndexError as e:
        print('IndexError', e)
for f in [lambda m: m.start(5), lambda m: m.span('z'), lambda m: m.group(x=1), lambda m: m.start(1, 2),
          lambda m: m.groups(1, 2), lambda m: m.expand(), lambda m: m[[]]]:
    try:
        print(f(re.match('(a)', 'a')))
    except Exception as e:
        print(type(e).__name__, e)
m = re.match('(a)', 'a')
print(m.group(True), m[False], m.group(1), m.start(True))
for attr in ['string', 'pos', 'lastindex', 're', 'regs']:
    try:
        setattr(m, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
print(bool(m), type(m).__name__, type(m).__module__, type(m).__qualname__)
try:
    type(m)()
except TypeError as e:
    print('TypeError', e)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Match[str], re.Pattern[bytes])
