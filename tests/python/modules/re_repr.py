# reprs of patterns and matches: flags, quoting, the 200- and 50-character truncations
import re

print(re.compile('a'), re.compile(b'a'), re.compile("it's"), re.compile('"\'\n\t\x00é\U0001f600'))
print(re.compile('x' * 199), re.compile('x' * 250))
print(re.compile('é' * 300, re.I), re.compile(b'\xff' * 100))
print(re.match('a', 'a'), re.match('.*', 'x' * 100), re.match(b'.*', b'y' * 100), re.match('.*', "it's"))
print(re.match('.*', 'é' * 60), re.match('', 'abc'), re.search('c', 'abc'), re.match('.*', '\U0001f600' * 30))
print(repr(re.match('(a)|b', 'b')), str(re.compile('q')), re.compile(r'\d+\s*', re.M | re.X))
print(re.compile('a').scanner('a'), ) if False else None
print(type(re.compile('a').scanner('a')).__name__, type(re.compile('a').scanner('a')).__module__)
print(re.compile('a', re.DEBUG & 0), re.compile('(?x)a # c'), re.compile('a', re.U | re.I | re.M))
class S(str):
    pass
print(re.match('.+', S('sub')), type(re.match('.+', S('sub')).group()).__name__, type(re.match('.+', S('sub')).string).__name__)
