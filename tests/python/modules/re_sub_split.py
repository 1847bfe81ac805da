# sub/subn with literal, template and callable replacements, count; split with groups and maxsplit
import re

print(re.sub(r'\d', '#', 'a1b22c'), re.subn(r'\d', '#', 'a1b22c'), re.sub(r'\d', '#', 'a1b22c', 2))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k> \g<0> \g<1>', 'a=1 b=2'))
print(re.sub('a', r'\n\t\\', 'xax'), repr(re.sub('a', '\\\\', 'a')), re.sub('(a)', r'\1\1', 'a'))
print(re.sub('(x)', r'\101\0\1', 'x'), re.sub('(b)?a', r'[\1]', 'a ba'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('(?:)', '', 'abc'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300', count=2))
print(re.subn('a', lambda m: None, 'banana'), re.subn('z', 'y', 'abc'))
print(re.sub('a', 'b', ''), re.subn('', '', ''), re.sub('^', '>', 'ab\ncd'), re.sub('(?m)^', '>', 'ab\ncd'))
print(re.sub(b'a', b'\\\\x', b'banana'), re.sub(rb'(a)', rb'<\1>', bytearray(b'xay')))
p = re.compile(r'(\d)')
print(p.sub(r'<\1>', 'a1b2'), p.subn(r'<\g<1>>', 'a1b2', count=1), p.sub(repl='-', string='1x2'))
for args in [('a', r'\2', 'a'), ('a', r'\g<x>', 'a'), ('(a)', r'\g<1', 'a'), ('a', '\\', 'a'), ('a', r'\q', 'a'),
             ('a', 1, 'a'), ('a', 'x', 1), ('a', b'x', 'a'), ('(a)|b', r'\g<-1>', 'b'), ('a', r'\g<a b>', 'a')]:
    try:
        print(re.sub(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'), re.split('', 'ab'), re.split('(a)|b', 'xaybz'))
print(re.split('[a-f]+', '0a3B9', flags=re.I), re.split(':', ''), re.split('(:)', ':'), re.split(rb',', b'a,b'))
print(re.compile(',').split('a,b,,c', maxsplit=-1), re.compile(',').split('a,b,,c', 0))
