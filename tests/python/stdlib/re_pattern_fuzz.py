# Random regular expressions (groups, lookarounds, lazy and counted repeats, classes, flags)
# on random subjects, a fixed seed: search, findall, sub, split, finditer, fullmatch and subn as CPython.
import random, sys, re
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ATOMS = ['a', 'b', '.', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', '[a-c0-2]', r'\b', '^', '$', 'é', r'\.', '(?:ab)', 'x']
def pat(d=0):
    n = rng.randrange(1, 4)
    parts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.15 and d < 2:
            inner = pat(d + 1)
            kind = rng.choice(['(%s)', '(?:%s)', '(?P<g%d>%%s)' % rng.randrange(100), '(?=%s)', '(?!%s)', '(?<=a)', '(%s|%s)'])
            if kind.count('%s') == 2:
                parts.append(kind % (inner, pat(d + 1)))
            elif '%s' in kind:
                parts.append(kind % inner)
            else:
                parts.append(kind)
        else:
            parts.append(rng.choice(ATOMS))
        if rng.random() < 0.35:
            parts[-1] += rng.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{,2}', '{2,}?'])
    return ''.join(parts)
SUBJ = 'aab b1 é.x_ab\nba2  c'
for i in range(700):
    p = pat()
    flags = rng.choice([0, re.I, re.M, re.S, re.A, re.I | re.M, re.X])
    s = ''.join(rng.choice(SUBJ) for _ in range(rng.randrange(0, 14)))
    try:
        c = re.compile(p, flags)
        m = c.search(s)
        out = [m and (m.span(), m.groups(), m.group()), c.findall(s), c.sub('<\\g<0>>', s), c.split(s), [x.span() for x in c.finditer(s)], bool(c.fullmatch(s)), c.subn(lambda m: m.group().upper(), s, 2)]
        out = repr(out)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, repr(p), flags, repr(s), out)
