# Back references (numbered, named, case-insensitive) and conditional groups (?(id)yes|no)
import re

def show(m):
    return None if m is None else (m.group(), m.groups())

print(show(re.match(r'(\w+) \1', 'hello hello')), show(re.match(r'(\w+) \1', 'hello help')), show(re.search(r'(.)\1', 'abccd')))
print(show(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"it\'s" x')), show(re.match(r'(a)|\1', 'x')), show(re.match(r'(a)?\1', 'x')))
print(show(re.match(r'(?i)(ab)\1', 'abAB')), show(re.match(r'(?i)(\w)\1', 'ǅǆ')), show(re.match(rb'(?i)(a)\1', b'aA')))
print(show(re.match(r'(a*)\1b', 'aaaab')), show(re.match(r'(a)(b)\2\1', 'abba')), show(re.match(r'((a)\2)+', 'aaaa')))
print(re.findall(r'(\w)\1', 'aabbcd'), re.sub(r'(\w)\1', r'<\1>', 'aabbcd'))
print(show(re.match(r'(<)?\w+(?(1)>)', '<a>')), show(re.match(r'(<)?\w+(?(1)>)', 'a>')), show(re.match(r'(<)?\w+(?(1)>|$)', 'ab')))
print(show(re.match(r'(?P<a>x)?(?(a)y|z)', 'xy')), show(re.match(r'(?P<a>x)?(?(a)y|z)', 'z')), show(re.match(r'(?P<a>x)?(?(a)y|z)', 'xz')))
print(show(re.match(r'(a)?(?(1)b)c', 'c')), show(re.match(r'(?:(a)|b)(?(1)c|d)', 'bd')), show(re.match(r'(?:(a)|b)(?(1)c|d)', 'ac')))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'), show(re.match(r'((a)|b)+(?(2)x|y)', 'aby')))
for pat in [r'(a)\2', r'\1(a)', r'(?P=n)', r'(?(2)a)', r'(?(x)a)', r'(?(1)a|b|c)', r'(?P<n>a)(?P<n>b)', r'(?(0)a)']:
    try:
        print(re.compile(pat))
    except re.error as e:
        print('error', e)
print(show(re.match(r'(a)(?<=\1)', 'a')) if False else 'skip', show(re.match(r'(?:(a)|(b))\2?', 'a')))
