# Substring search (in, find, rfind, index, rindex, count, replace, split, rsplit, partition,
# rpartition, startswith, endswith) against a naive reference on many random inputs over small
# alphabets, with periodic needles and texts (the cases where a search falls back on its
# linear-time algorithm), start/end arguments, non-BMP characters and lone surrogates; then
# pathological inputs that a quadratic search would take minutes on.
import random

rng = random.Random(41)


class Ref:
    """The obvious answers, from the list of every position where the needle matches."""

    def __init__(self, h, n):
        self.h, self.n, self.m = h, n, len(n)
        self.at = [i for i in range(len(h) - len(n) + 1) if h[i:i + len(n)] == n]

    def find(self, start=0, end=None):
        start, end, _ = slice(start, end).indices(len(self.h))
        return next((i for i in self.at if i >= start and i + self.m <= end), -1)

    def rfind(self, start=0, end=None):
        start, end, _ = slice(start, end).indices(len(self.h))
        return next((i for i in reversed(self.at) if i >= start and i + self.m <= end), -1)

    def greedy(self, limit=-1):
        """Non-overlapping matches from the left, as count, replace and split take them."""
        taken, nxt = [], 0
        for i in self.at:
            if i >= nxt and (limit < 0 or len(taken) < limit):
                taken.append(i)
                nxt = i + self.m
        return taken

    def count(self):
        return len(self.greedy())

    def pieces(self, taken):
        out, i = [], 0
        for j in taken:
            out.append(self.h[i:j])
            i = j + self.m
        out.append(self.h[i:])
        return out

    def replace(self, r, limit=-1):
        return r.join(self.pieces(self.greedy(limit)))

    def split(self):
        return self.pieces(self.greedy())

    def rsplit(self, maxsplit):
        taken, lim = [], len(self.h) + 1
        for i in reversed(self.at):
            if i + self.m <= lim and len(taken) < maxsplit:
                taken.append(i)
                lim = i
        return self.pieces(taken[::-1])


def periodic(unit, length):
    return (unit * (length // len(unit) + 1))[:length]


def mutate(s, alphabet, times):
    s = list(s)
    for _ in range(times):
        if s:
            s[rng.randrange(len(s))] = rng.choice(alphabet)
    return ''.join(s)


def make_case(alphabet):
    kind = rng.randrange(4)
    if kind == 0:  # random text, needle sliced from it (often found)
        h = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300)))
        i = rng.randrange(len(h) + 1)
        n = h[i:i + rng.randrange(0, 80)]
        if rng.random() < 0.5:
            n = mutate(n, alphabet, 1)
    else:  # periodic text and needle: many near misses
        unit = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6)))
        h = mutate(periodic(unit, rng.randrange(0, 600)), alphabet, rng.randrange(0, 4))
        n = periodic(unit[rng.randrange(len(unit)):] + unit, rng.randrange(1, 120))
        if kind == 2:
            n = mutate(n, alphabet, 1)
        elif kind == 3:
            n = n + rng.choice(alphabet) if rng.random() < 0.5 else rng.choice(alphabet) + n
    return h, n


failures = 0


def check(what, got, expected):
    global failures
    if got != expected:
        failures += 1
        if failures <= 10:
            print('MISMATCH', what, got, expected)


alphabets = ['ab', 'abc', 'a\U0001F600', '\U0001F600\U0001F601', 'x\ud800', 'ab\u20ac']
cases = 0
for alphabet in alphabets:
    for _ in range(120):
        h, n = make_case(alphabet)
        key = (alphabet, len(h), len(n))
        ref = Ref(h, n)
        cases += 1
        check(('in', key), n in h, ref.find() >= 0)
        check(('find', key), h.find(n), ref.find())
        check(('rfind', key), h.rfind(n), ref.rfind())
        s, e = rng.randrange(-5, len(h) + 5), rng.randrange(-5, len(h) + 5)
        check(('find range', key, s, e), h.find(n, s, e), ref.find(s, e) if s <= len(h) else -1)
        check(('rfind range', key, s, e), h.rfind(n, s, e), ref.rfind(s, e) if s <= len(h) else -1)
        try:
            r = h.index(n, s)
        except ValueError:
            r = -1
        check(('index', key, s), r, ref.find(s) if s <= len(h) else -1)
        try:
            r = h.rindex(n, 0, e)
        except ValueError:
            r = -1
        check(('rindex', key, e), r, ref.rfind(0, e))
        if n:
            check(('count', key), h.count(n), ref.count())
            check(('replace', key), h.replace(n, '<>'), ref.replace('<>'))
            check(('replace 2', key), h.replace(n, '', 2), ref.replace('', 2))
            check(('split', key), h.split(n), ref.split())
            check(('rsplit', key), h.rsplit(n, 3), ref.rsplit(3))
            i, j = ref.find(), ref.rfind()
            check(('partition', key), h.partition(n), (h, '', '') if i < 0 else (h[:i], n, h[i + len(n):]))
            check(('rpartition', key), h.rpartition(n), ('', '', h) if j < 0 else (h[:j], n, h[j + len(n):]))
        check(('startswith', key, s), h.startswith(n, s), s <= len(h) and h[s:][:len(n)] == n)
        t = h[:e]
        check(('endswith', key, e), h.endswith(n, 0, e), len(t) >= len(n) and t[len(t) - len(n):] == n)
print('random cases:', cases, 'failures:', failures)

# Fixed edge cases.
print('' in '', ''.find(''), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.rfind('', 1, 2))
print('abc'.count(''), 'abc'.count('', 1), 'abc'.count('', 5), ''.count('a'))
print('ab'.find('abc'), 'ab'.rfind('abc'), 'ab'.count('abc'), 'abc' in 'ab')
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'aaaaa'.split('aa'), 'aaaaa'.rsplit('aa'))
print('\U0001F600ab\U0001F600ab'.find('ab'), '\U0001F600ab\U0001F600ab'.rfind('ab'), '\U0001F600ab\U0001F600ab'.find('ab', 2))
print(('x' * 40 + '\U0001F600' + 'x' * 40).find('x' * 33 + '\U0001F600'), ('x' * 40 + '\U0001F600' + 'x' * 40).rfind('\U0001F600' + 'x' * 33))
print('\ud800\udc00' in '\ud800\ud800\udc00', '\ud800\ud800\udc00'.find('\ud800\udc00'))

# Pathological inputs: about 10**10 steps for a quadratic search, linear here.
big = 'a' * 1_000_000
for n in ['a' * 20000 + 'b', 'b' + 'a' * 20000, 'a' * 10000 + 'b' + 'a' * 10000, 'ab' * 10000]:
    print(len(n), n in big, big.find(n), big.rfind(n), big.count(n), len(big.split(n)))
print(big.count('a' * 20000), big.index('a' * 20000), big.rindex('a' * 20000), big.rfind('a' * 20001), big.find('a' * 20000, 999_999 - 20000))
periodic_big = 'ab' * 500_000
n = 'ab' * 10000 + 'a' + 'ab' * 10000
print(n in periodic_big, periodic_big.find(n), periodic_big.rfind(n), periodic_big.count('ab' * 10000 + 'b'))
print(len(periodic_big.replace('ab' * 20000 + 'x', '!')), periodic_big.partition('ab' * 10000 + 'ba')[1] == '')
print(len(periodic_big.rsplit('b' + 'ab' * 20000, 3)), periodic_big.rpartition('ba' * 10000 + 'b')[0] == '')
emoji_big = '\U0001F600' * 500_000
print(emoji_big.find('\U0001F600' * 20000 + 'x'), emoji_big.rfind('x' + '\U0001F600' * 20000), ('\U0001F600' * 20000) in emoji_big)
surrogate_big = '\ud800' * 300_000
print(surrogate_big.find('\ud800' * 20000 + 'x'), ('\ud800' * 20000 + 'x') in surrogate_big, surrogate_big.count('\ud800' * 20000))
planted = 'a' * 1_000_000 + 'b' + 'a' * 10
print(planted.find('a' * 20000 + 'b'), planted.index('a' * 20000 + 'ba'), planted.count('a' * 20000 + 'b'), planted.split('a' * 20000 + 'b')[1])
planted = 'a' * 10 + 'b' + 'a' * 1_000_000
print(planted.rfind('b' + 'a' * 20000), planted.rindex('ab' + 'a' * 20000), planted.rpartition('b' + 'a' * 20000)[0])
print(len(('a' * 1_000_000).replace('a' * 20000 + 'b', 'x')), ('ab' * 500_000 + 'c').count('ab' * 10000 + 'c'))
