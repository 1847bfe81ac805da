# Patterns that backtrack heavily or repeat over long subjects must still end, and quickly
import re

n = 100000
print(len(re.match(r'(a|b)*', 'ab' * n).group()), len(re.match(r'(?:a|b)*?c', 'ab' * n + 'c').group()))
print(len(re.match(r'(a|b)*c', 'ab' * n + 'c').group()), re.match(r'(a|b)*c', 'ab' * 1000 + 'd'))
print(len(re.match(r'(?:(a)|b)+', 'ab' * n).group()), len(re.search(r'((ab)+)$', 'ab' * n).group(1)))
print(len(re.match(r'(?:x+x+)+y', 'x' * 12 + 'y').group()), re.match(r'(?:x+x+)+y', 'x' * 18))
print(re.match(r'(a+)+b', 'a' * 16), re.match(r'(?>a+)+b', 'a' * 5000), re.match(r'(?:a++)+b', 'a' * 5000))
print(len(re.findall(r'\w+', 'word ' * n)), len(re.sub(r'\s+', ' ', 'a  b\t\n' * n)), len(re.split(',', 'x,' * n)))
print(len(re.match(r'(.)*', 'z' * n).group()), re.match(r'(.)*', 'z' * n).span(1), len(re.match('.*?x', 'y' * n + 'x').group()))
print(len(re.match(r'((a)|(b))*', 'ab' * n).groups()), len(re.match(r'(?:a(?:b|c))*', 'ab' * n).group()))
print(re.search(r'a{1000}', 'a' * 999), len(re.search(r'a{1000}', 'a' * 1000).group()), re.match(r'(?:a{2,3}){100,}', 'a' * 299))
deep = '(' * 50 + 'a' + ')' * 50
print(re.match(deep, 'a').lastindex, re.match('(?:' * 100 + 'a' + ')*' * 100, 'aaa').group())
print(len(re.match(r'(a*)*b|.*', 'a' * 16).group()), len(re.match(r'(a?){12}a{12}', 'a' * 12).group()))
print(len(re.match(r'(?:\s*(\w+)\s*,)*', 'ab, ' * 20000).group()))
