# Random str method calls (a fixed seed) over strings of cased, case-ignorable, space and
# non-BMP characters: results or error messages as CPython's.
import random, sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ALPHA = ['a', 'b', 'A', ' ', '\t', '\n', 'é', 'ß', 'İ', 'ǅ', '1', '٣', '_', '-', '.', '\u2028', '\U0001F600', 'ﬁ', 'Σ', 'ς', 'σ', '\x1c', '\u0345', 'ı']
def rs(n=None):
    n = rng.randrange(0, 8) if n is None else n
    return ''.join(rng.choice(ALPHA) for _ in range(n))
def ri():
    return rng.choice([None, -10, -3, -1, 0, 1, 2, 3, 5, 100])
METHODS = [
    ('split', lambda: rng.choice([(), (rs(1),), (None, ri() if rng.random() < .5 else -1), (rs(rng.randrange(1, 3)), rng.randrange(-1, 3))])),
    ('rsplit', lambda: rng.choice([(), (rs(1),), (None, rng.randrange(-1, 3)), (rs(rng.randrange(1, 3)), rng.randrange(-1, 3))])),
    ('splitlines', lambda: rng.choice([(), (True,), (False,)])),
    ('partition', lambda: (rs(rng.randrange(1, 3)),)), ('rpartition', lambda: (rs(rng.randrange(1, 3)),)),
    ('strip', lambda: rng.choice([(), (rs(2),), (None,)])), ('lstrip', lambda: rng.choice([(), (rs(2),)])), ('rstrip', lambda: rng.choice([(), (rs(2),)])),
    ('find', lambda: (rs(rng.randrange(0, 3)), ri(), ri())), ('rfind', lambda: (rs(rng.randrange(0, 3)), ri(), ri())),
    ('index', lambda: (rs(rng.randrange(0, 2)),)), ('count', lambda: (rs(rng.randrange(0, 3)), ri(), ri())),
    ('replace', lambda: (rs(rng.randrange(0, 2)), rs(2), rng.randrange(-1, 4))),
    ('startswith', lambda: rng.choice([(rs(2), ri(), ri()), ((rs(1), rs(2)),)])), ('endswith', lambda: rng.choice([(rs(2), ri(), ri()), ((rs(1), rs(2)),)])),
    ('center', lambda: (rng.randrange(0, 12), rng.choice([' ', '*', 'é']))), ('ljust', lambda: (rng.randrange(0, 12),)), ('rjust', lambda: (rng.randrange(0, 12), '-')),
    ('zfill', lambda: (rng.randrange(0, 12),)), ('expandtabs', lambda: rng.choice([(), (rng.randrange(-1, 6),)])),
    ('upper', lambda: ()), ('lower', lambda: ()), ('casefold', lambda: ()), ('title', lambda: ()), ('capitalize', lambda: ()), ('swapcase', lambda: ()),
    ('isalpha', lambda: ()), ('isalnum', lambda: ()), ('isdigit', lambda: ()), ('isdecimal', lambda: ()), ('isnumeric', lambda: ()), ('isspace', lambda: ()),
    ('istitle', lambda: ()), ('isupper', lambda: ()), ('islower', lambda: ()), ('isidentifier', lambda: ()), ('isprintable', lambda: ()), ('isascii', lambda: ()),
    ('encode', lambda: rng.choice([(), ('utf-16',), ('ascii', 'replace'), ('latin-1', 'xmlcharrefreplace'), ('ascii', 'backslashreplace'), ('utf-8', 'surrogateescape')])),
    ('join', lambda: ([rs() for _ in range(rng.randrange(0, 4))],)),
    ('removeprefix', lambda: (rs(1),)), ('removesuffix', lambda: (rs(1),)),
    ('__mod__', lambda: (rng.choice([(), (1,), ('x', 2), {'a': 1}]),)),
    ('format', lambda: (1, 'x')), ('__getitem__', lambda: (rng.choice([slice(ri(), ri(), rng.choice([None, 1, -1, 2, -2, 3])), rng.randrange(-3, 3)]),)),
    ('__mul__', lambda: (rng.randrange(-1, 3),)), ('__contains__', lambda: (rs(rng.randrange(0, 3)),)),
    ('__lt__', lambda: (rs(),)), ('translate', lambda: ({ord('a'): 'xy', ord(' '): None, ord('é'): 66},)),
]
for i in range(1500):
    s = rs()
    name, argf = rng.choice(METHODS)
    args = argf()
    try:
        r = getattr(s, name)(*args)
        out = repr(r)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, repr(s), name, repr(args), out)
