# re.error from the parser (message, pos, lineno, colno) and other errors raised through _sre
import re

for pat in ['(', ')', '[a', 'a{2,1}', '*', 'a**', '(?P<1>a)', '(?P<a>', '\\', r'\k', '(?<', '[b-a]', r'\8',
            '(?#', '(?z)', '(?i', 'a{1,2', r'[\w-z]', '(?P=x)', '(?<=a*)', 'x{99999999999}', '(?-a:x)',
            'a\n(b', b'(?u)a', '(?P<a-b>x)', '((((((((((((((((((((x))))))))))))))))))))', r'\x1', r'\u12', '(?<=a|bc)']:
    try:
        p = re.compile(pat)
        print('ok', p.groups)
    except re.error as e:
        print('error', e, '|', e.msg, e.pos, e.lineno, e.colno, type(e.pattern).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception), re.error('m').msg)
for f in [lambda: re.compile(5), lambda: re.compile(re.compile('a'), re.I), lambda: re.match(re.compile('a'), 'a', re.I),
          lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 1, 2, 3), lambda: re.compile('a').match('a', pos=1.5),
          lambda: re.compile('a').match('a', 10**30), lambda: re.compile('a').search(string='a', bad=1),
          lambda: re.compile('a').sub('x'), lambda: re.compile('a').split('a', maxsplit='1'),
          lambda: re.compile('a').__deepcopy__(), lambda: re.compile('a').findall(None), lambda: re.Pattern()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), repr(_sre.copyright))
for args in [('a', 0, [1, 2], 0, {}, ()), ('a', 0, [17, 0, 1], 0, {}, ()), ('a', 0, [], 0, {}, ()), ('a', 0, [99, 1], 0, {}, ()),
             ('a', 0, [16, 97, 1], 0, {}, ()), ('a', 0, [-1], 0, {}, ()), ('a', 0, [2**32], 0, {}, ()), ('a', 0, (1,), 0, {}, ())]:
    try:
        print(_sre.compile(*args).match('a'))
    except Exception as e:
        print(type(e).__name__, e)
