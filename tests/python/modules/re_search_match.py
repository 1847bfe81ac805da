# match / search / fullmatch with pos and endpos, anchors, MULTILINE and DOTALL
import re

def show(m):
    return None if m is None else (m.span(), m.group())

p = re.compile(r'\d+')
print(show(p.match('123abc')), show(p.match('abc123')), show(p.search('abc123def45')))
print(show(p.search('abc123def45', 6)), show(p.search('abc123def45', 0, 4)), show(p.match('abc123', 3, 5)))
print(show(p.fullmatch('123')), show(p.fullmatch('123a')), show(p.fullmatch('a123b', 1, 4)))
print(show(p.search('12', -5)), show(p.search('12', 1, 100)), show(p.search('12', 5)), show(p.search('12', 2, 1)))
# anchors: ^ matches only at the real start, not at pos
print(show(re.compile('^a').search('ba', 1)), show(re.compile('a$').search('ab', 0, 1)))
print(show(re.search(r'\Aab', 'ab')), show(re.search(r'ab\Z', 'ab\n')), show(re.search(r'ab$', 'ab\n')))
print(re.findall(r'^\w+', 'one\ntwo\nthree'), re.findall(r'(?m)^\w+', 'one\ntwo\nthree'))
print(re.findall(r'\w+$', 'one\ntwo\nthree\n'), re.findall(r'(?m)\w+$', 'one\ntwo\nthree\n'))
print(re.findall(r'a.c', 'abc a\nc'), re.findall(r'(?s)a.c', 'abc a\nc'), re.findall('.', '\r\n\x0b'))
# word boundaries
print([m.span() for m in re.finditer(r'\b\w', 'hi there, you')], re.findall(r'\Bx\B', 'axb x xb'))
print(show(re.search(r'\b', '')), show(re.search(r'\B', '')), show(re.search(r'\B', 'a')))
# fullmatch must consume everything, including with alternatives and lazy repeats
print(show(re.fullmatch('a|ab', 'ab')), show(re.fullmatch('a*?', 'aaa')), show(re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd')))
print(show(re.fullmatch('x*', '')), show(re.match('', '')), show(re.search('$', 'abc')))
# literal prefix scans
print(show(re.search('abcab', 'ababcabcab')), show(re.search('aab', 'aaaab')), show(re.search('ab+c', 'xxabbbc')))
print(show(re.search('hello world', 'say hello world!')), show(re.search('xyz', 'xxyxyyxyz')))
print(show(re.search('[ab]c', 'xxbc')), show(re.search('(?:ab|cd)e', 'abcde')), show(re.search(r'(x)(y)', 'axy')))
print(show(re.match('a', 'A')), show(re.search('é', 'café')), show(re.search('\U0001f600+', 'x\U0001f600\U0001f600y')))
s = 'ab\U0001f600cd'
print(show(re.search('c', s)), re.search('.c', s).span(), re.findall('.', s))
print(show(re.match('(?:)', 'a')), show(re.search('(?=x)', 'abx')))
