# 3.11 atomic groups (?>...) and possessive quantifiers *+ ++ ?+ {m,n}+
import re

def show(m):
    return None if m is None else m.group()

print(show(re.match(r'(?>a+)b', 'aaab')), show(re.match(r'(?>a+)a', 'aaa')), show(re.match(r'(?>a|ab)c', 'abc')))
print(show(re.match(r'a++b', 'aaab')), show(re.match(r'a++a', 'aaa')), show(re.match(r'a*+', '')))
print(show(re.match(r'a?+a', 'a')), show(re.match(r'a{1,3}+a', 'aaaa')), show(re.match(r'a{1,3}+', 'aaaaa')))
print(show(re.match(r'(?:ab)++c', 'ababc')), show(re.match(r'(?:ab)++ab', 'abab')), show(re.match(r'(?:a|b)*+c', 'abbac')))
print(show(re.match(r'(\w)++', 'abc')), re.match(r'(\w)++', 'abc').groups(), re.match(r'(?:(a)|(b))++', 'ab').groups())
print(show(re.match(r'(?>(a)|(b))+', 'ab')), show(re.fullmatch(r'(?>\d+)\.\d+', '12.5')), show(re.search(r'(?>x+)y', 'xxxz xxy')))
print(show(re.match(r'(?:a|)++b', 'aab')), show(re.match(r'(?:)*+', 'x')), show(re.match(r'(?:a{0,2})++', 'aaaaa')))
print(show(re.match(r'(?:x*)*+y', 'xxxy')), show(re.match(r'(?>(?:a|ab))c', 'abc')), show(re.match(r'(?>a*)*b', 'aab')))
print(re.findall(r'\d++', '12 345 6'), re.findall(r'(?>\w+)\s', 'ab cd ef'), re.sub(r'a*+', '-', 'baac'))
print(re.compile(r'a++'), re.compile(r'(?>x)'), show(re.match(r'(?i)(?>A+)B', 'aab')), show(re.match(r'[ab]{2}+', 'abab')))
print(show(re.match(r'(?:a+)++b', 'a' * 30)), show(re.match(r'(?>(?:a+)+)b', 'a' * 30)))
for pat in [r'a**', r'a+++', r'(?>', r'a{2}++']:
    try:
        print(re.compile(pat))
    except re.error as e:
        print('error', e)
