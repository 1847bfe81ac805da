# Random bytes and bytearray method calls (a fixed seed): results or error messages as CPython's.
import random, sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ALPHA = [b'a', b'b', b'A', b' ', b'\t', b'\n', b'\xe9', b'\x00', b'1', b'_', b'.', b'\xff', b'\r', b'\x0b']
def rb(n=None):
    n = rng.randrange(0, 8) if n is None else n
    return b''.join(rng.choice(ALPHA) for _ in range(n))
def ri():
    return rng.choice([None, -10, -3, -1, 0, 1, 2, 3, 5, 100])
METHODS = [
    ('split', lambda: rng.choice([(), (rb(1),), (None, rng.randrange(-1, 3)), (rb(rng.randrange(1, 3)), rng.randrange(-1, 3))])),
    ('rsplit', lambda: rng.choice([(), (rb(1),), (None, rng.randrange(-1, 3)), (rb(rng.randrange(1, 3)), rng.randrange(-1, 3))])),
    ('splitlines', lambda: rng.choice([(), (True,)])),
    ('partition', lambda: (rb(rng.randrange(1, 3)),)), ('rpartition', lambda: (rb(rng.randrange(1, 3)),)),
    ('strip', lambda: rng.choice([(), (rb(2),)])), ('lstrip', lambda: rng.choice([(), (rb(2),)])), ('rstrip', lambda: rng.choice([(), (rb(2),)])),
    ('find', lambda: (rng.choice([rb(rng.randrange(0, 3)), rng.randrange(0, 256)]), ri(), ri())), ('rfind', lambda: (rb(rng.randrange(0, 3)), ri(), ri())),
    ('index', lambda: (rb(rng.randrange(0, 2)),)), ('count', lambda: (rng.choice([rb(rng.randrange(0, 3)), rng.randrange(0, 256)]), ri(), ri())),
    ('replace', lambda: (rb(rng.randrange(0, 2)), rb(2), rng.randrange(-1, 4))),
    ('startswith', lambda: rng.choice([(rb(2), ri(), ri()), ((rb(1), rb(2)),)])), ('endswith', lambda: (rb(2), ri(), ri())),
    ('center', lambda: (rng.randrange(0, 12), rng.choice([b' ', b'*']))), ('ljust', lambda: (rng.randrange(0, 12),)), ('rjust', lambda: (rng.randrange(0, 12), b'-')),
    ('zfill', lambda: (rng.randrange(0, 12),)), ('expandtabs', lambda: rng.choice([(), (rng.randrange(-1, 6),)])),
    ('upper', lambda: ()), ('lower', lambda: ()), ('title', lambda: ()), ('capitalize', lambda: ()), ('swapcase', lambda: ()),
    ('isalpha', lambda: ()), ('isalnum', lambda: ()), ('isdigit', lambda: ()), ('isspace', lambda: ()), ('istitle', lambda: ()),
    ('isupper', lambda: ()), ('islower', lambda: ()), ('isascii', lambda: ()),
    ('decode', lambda: rng.choice([(), ('latin-1',), ('ascii', 'replace'), ('utf-8', 'backslashreplace'), ('utf-16', 'ignore'), ('utf-8', 'surrogateescape')])),
    ('join', lambda: ([rb() for _ in range(rng.randrange(0, 4))],)),
    ('removeprefix', lambda: (rb(1),)), ('removesuffix', lambda: (rb(1),)),
    ('hex', lambda: rng.choice([(), (':',), ('-', 2), (b'_', -3)])),
    ('__mod__', lambda: (rng.choice([(), (1,), (b'x', 2)]),)),
    ('__getitem__', lambda: (rng.choice([slice(ri(), ri(), rng.choice([None, 1, -1, 2, -2, 3])), rng.randrange(-3, 3)]),)),
    ('__mul__', lambda: (rng.randrange(-1, 3),)), ('__contains__', lambda: (rng.choice([rb(rng.randrange(0, 3)), rng.randrange(0, 256)]),)),
    ('translate', lambda: rng.choice([(None, b'a'), (bytes(range(256))[::-1],), (None,)])),
]
for i in range(1500):
    typ = rng.choice([bytes, bytearray])
    s = typ(rb())
    name, argf = rng.choice(METHODS)
    args = argf()
    try:
        r = getattr(s, name)(*args)
        out = repr(r)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, repr(s), name, repr(args), out)
