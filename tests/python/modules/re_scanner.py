# Pattern.scanner and re.Scanner (the lexicon-based tokenizer)
import re

s = re.compile(r'\d+|\s+|[a-z]+').scanner('12 ab 3')
print(s.pattern.pattern, [s.match().group() for _ in range(5)], s.match(), s.search())
s = re.compile(r'\d').scanner('a1b2c3', 1, 5)
print([m.span() for m in iter(s.search, None)], s.search())
s = re.compile(r'x*').scanner('axxb')
print([m.span() for m in iter(s.search, None)])
s = re.compile(r'a').scanner('aab')
print(s.match(), s.match(), s.match(), s.match(), s.search())
scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda sc, tok: ('IDENT', tok)),
    (r'\d+\.\d*', lambda sc, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda sc, tok: ('INT', int(tok))),
    (r'[=+*/-]', lambda sc, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 + 4.5 * y_1'))
print(scanner.scan('a = 1 ? 2'))
print(re.Scanner([(r'a', 'A'), (r'b', lambda s, t: s.match.span())]).scan('abab!'))
