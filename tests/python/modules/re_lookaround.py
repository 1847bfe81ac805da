# Lookahead and lookbehind, positive and negative, with groups inside
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\w+(?!,)\b', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=ab)c', 'c'), re.match(r'(?<!a)b', 'b'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?=(\w+))\w', 'xyz').groups())
print(re.search(r'(?!(a)b)\w', 'ab').groups(), re.match(r'(?=(a))(?!(b))', 'a').groups())
print(re.findall(r'(?<=a|b)c', 'ac bc cc'), re.findall(r'(?<=ab|cd)e', 'abe cde xe'))
print(re.search(r'(?<=\bfoo)bar', 'foobar'), re.search(r'(?<!^)x', 'xx').span())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.split(r'(?<=[.!?]) ', 'Hi. Ok! Yes? No'))
print(re.match(r'(?:(?=(a))a)*', 'aaa').groups(), re.match(r'((?=a)a|b)+', 'abab').group())
print(re.search(r'(a)(?<=(a))', 'a').groups(), re.search(r'(?<=(?P<x>\w))y', 'xy').groupdict())
print(re.findall(r'\b(?!un)\w+', 'undo redo unit it'), re.findall(r'(?<![\w-])\d+', 'a1 -2 3'))
for pat in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<=(a)|b)c']:
    try:
        print(re.compile(pat))
    except re.error as e:
        print('error', e)
print(re.search(r'(?<=\n)^x', 'a\nx', re.M), re.search(r'x(?=$)', 'x\n'), re.search(r'(?<=\U0001f600)y', '\U0001f600y'))
