# Case-insensitive matching over Unicode: simple case folding and the special cases of re._casefix
import re

pairs = ['Σσς', 'Kk\u212a', 'Ss\u017f', 'Ii\u0130\u0131', '\u00b5\u03bc\u039c', 'ǅǄǆ', 'ßẞ', 'Ωω\u2126',
         '\u0345\u03b9\u0399\u1fbe', '\u03b2\u03d0', 'Åå\u212b', 'θϑΘϴ', '\u1e60\u1e61\u1e9b', 'ﬅﬆ', '\u1c80\u0432']
for group in pairs:
    row = []
    for a in group:
        row.append(''.join('1' if re.match(a, b, re.I) else '0' for b in group))
    print(group, ' '.join(row), re.findall('[%s]' % group[0], group, re.I), re.findall('(?i)' + group[0] + '+', group))
print(re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)STRASSE', 'straße'), re.match('(?i)ß', 'ẞ'))
print(re.findall(r'(?i)[a-z]+', 'ABC xyz \u212a\u017f'), re.findall(r'(?i)[k-s]+', '\u212a\u017f'))
print(re.findall(r'(?i)[\u0400-\u04ff]+', 'ПРИВЕТ привет'), re.findall(r'(?i)[^a-z]', 'aZ\u212a1'))
print(re.findall(r'(?i)\u00e9', 'éÉ'), re.findall(r'(?ia)\u00e9', 'éÉ'), re.findall(r'(?i)[à-ÿ]', 'ÀÿŸ'))
print(re.match(r'(?i)(\w+) \1', 'Straße STRAßE'), re.match(r'(?i)(\w)\1\1', 'k\u212aK'))
print(re.match(r'(?i)[\u1c80]', '\u0432'), re.match(r'(?i)\u1c80', '\u0412'))
print(re.search(r'(?i)\U00010400', '\U00010428'), re.findall(r'(?i)[\U00010400-\U0001040f]', '\U00010428\U00010400'))
# the word, digit, space classes over a range of code points
def classes(lo, hi):
    s = ''.join(chr(c) for c in range(lo, hi))
    out = []
    for pat in [r'\w', r'\W', r'\d', r'\s', r'(?a)\w', r'(?i)[a-f]', r'(?i)\w', r'[^\W\d]']:
        found = re.findall(pat, s)
        out.append('%s:%d:%d' % (pat, len(found), sum(map(ord, found)) % 1000003))
    return ' '.join(out)
for lo, hi in [(0, 0x300), (0x300, 0x2000), (0x2000, 0x3100), (0xa000, 0xac00), (0xfb00, 0x10000), (0x10000, 0x10800)]:
    print(hex(lo), classes(lo, hi))
import _sre
print([_sre.unicode_tolower(c) for c in [65, 0x130, 0x212a, 0x1e9e, 0x3a3, 0x10400]],
      [_sre.unicode_iscased(c) for c in [0x41, 0x31, 0xdf, 0x345, 0x1c80, 0x2160]],
      [_sre.ascii_tolower(c) for c in [65, 0xc9, 97]], [_sre.ascii_iscased(c) for c in [65, 0xc9, 49]])
