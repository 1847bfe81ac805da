# bytes patterns over bytes, bytearray and memoryview; str/bytes mismatches
import re

p = re.compile(rb'(\w+)=(\d+)')
for subject in [b'a=1 bb=22', bytearray(b'a=1 bb=22'), memoryview(b'a=1 bb=22')]:
    m = p.search(subject)
    print(type(subject).__name__, m.group(), m.groups(), type(m.group(1)).__name__, p.findall(subject), m.string is subject)
print(re.sub(rb'\d', b'#', bytearray(b'a1b2')), re.split(rb'\s', memoryview(b'a b')), re.match(b'\xff+', b'\xff\xfe'))
print(re.findall(rb'[\x00-\x1f]', bytes(range(40))), re.findall(rb'\W', b'a-b\xe9'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.match(rb'\d+', b'12').group(), re.fullmatch(rb'.*', b'ab\n'), re.search(rb'(?s).+', b'a\nb').group())
print(re.escape(b'a.b*c'), re.match(re.escape(b'1+1=2'), b'1+1=2').group(), re.sub(b'x', br'\\', b'axb'))
ba = bytearray(b'abc')
m = re.search(b'b', ba)
ba[1:2] = b'X'
print(m.group(), m.span(), re.compile(b'[^a]').findall(b'\x00a\xff'))
for f in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.compile('a').findall(memoryview(b'a')), lambda: re.match(b'a', 5), lambda: re.match(b'a', [1])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(re.compile(b'\xe9'), re.compile(rb'\n\x00'), re.match(b'a', b'a'), re.match(b'.', b'\x00'))
