# bytes and bytearray search (in, find, rfind, index, rindex, count, replace, split, rsplit,
# partition, rpartition) against a naive reference on many random inputs over small alphabets,
# with periodic needles and texts, start/end arguments and memoryview needles; then
# pathological inputs that a quadratic search would take minutes on.
import random

rng = random.Random(42)


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
    s = bytearray(s)
    for _ in range(times):
        if s:
            s[rng.randrange(len(s))] = rng.choice(alphabet)
    return bytes(s)


def make_case(alphabet):
    kind = rng.randrange(4)
    if kind == 0:
        h = bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 300)))
        i = rng.randrange(len(h) + 1)
        n = h[i:i + rng.randrange(0, 80)]
        if rng.random() < 0.5:
            n = mutate(n, alphabet, 1)
    else:
        unit = bytes(rng.choice(alphabet) for _ in range(rng.randrange(1, 6)))
        h = mutate(periodic(unit, rng.randrange(0, 600)), alphabet, rng.randrange(0, 4))
        n = periodic(unit[rng.randrange(len(unit)):] + unit, rng.randrange(1, 120))
        if kind == 2:
            n = mutate(n, alphabet, 1)
        elif kind == 3:
            c = bytes([rng.choice(alphabet)])
            n = n + c if rng.random() < 0.5 else c + n
    return h, n


failures = 0


def check(what, got, expected):
    global failures
    if got != expected:
        failures += 1
        if failures <= 10:
            print('MISMATCH', what, got, expected)


cases = 0
for alphabet in [b'ab', b'abc', b'\x00\xff', b'a\x80\xfe']:
    for _ in range(150):
        h, n = make_case(alphabet)
        key = (alphabet, len(h), len(n))
        ref = Ref(h, n)
        cases += 1
        for kind in (bytes, bytearray):
            hh = kind(h)
            nn = n if rng.random() < 0.7 else memoryview(n)
            check(('in', key), nn in hh, ref.find() >= 0)
            check(('find', key), hh.find(nn), ref.find())
            check(('rfind', key), hh.rfind(nn), ref.rfind())
            s, e = rng.randrange(-5, len(h) + 5), rng.randrange(-5, len(h) + 5)
            check(('find range', key, s, e), hh.find(nn, s, e), ref.find(s, e) if s <= len(h) else -1)
            check(('rfind range', key, s, e), hh.rfind(nn, s, e), ref.rfind(s, e) if s <= len(h) else -1)
            try:
                r = hh.index(nn, s)
            except ValueError:
                r = -1
            check(('index', key, s), r, ref.find(s) if s <= len(h) else -1)
            try:
                r = hh.rindex(nn, 0, e)
            except ValueError:
                r = -1
            check(('rindex', key, e), r, ref.rfind(0, e))
            if n:
                check(('count', key), hh.count(nn), ref.count())
                check(('replace', key), hh.replace(nn, b'<>'), kind(ref.replace(b'<>')))
                check(('replace 2', key), hh.replace(nn, b'', 2), kind(ref.replace(b'', 2)))
                check(('split', key), hh.split(nn), [kind(x) for x in ref.split()])
                check(('rsplit', key), hh.rsplit(nn, 3), [kind(x) for x in ref.rsplit(3)])
                i, j = ref.find(), ref.rfind()
                check(('partition', key), hh.partition(nn), (hh, kind(), kind()) if i < 0 else (kind(h[:i]), kind(n), kind(h[i + len(n):])))
                check(('rpartition', key), hh.rpartition(nn), (kind(), kind(), hh) if j < 0 else (kind(h[:j]), kind(n), kind(h[j + len(n):])))
print('random cases:', cases, 'failures:', failures)

# Fixed edge cases.
print(b'' in b'', b''.find(b''), b'abc'.find(b'', 3), b'abc'.find(b'', 4), b'abc'.rfind(b''), b'abc'.rfind(b'', 1, 2))
print(b'abc'.count(b''), b'abc'.count(b'', 1), b'abc'.count(b'', 5), b''.count(b'a'), b'abcb'.count(98), b'abcb'.rfind(98))
print(b'ab'.find(b'abc'), b'ab'.rfind(b'abc'), b'ab'.count(b'abc'), b'abc' in b'ab', bytearray(b'ab').find(b'abc'))
print(b'aaaa'.count(b'aa'), b'aaaa'.replace(b'aa', b'b'), b'aaaaa'.split(b'aa'), bytearray(b'aaaaa').rsplit(b'aa'))

# Pathological inputs: about 10**10 steps for a quadratic search, linear here.
for kind in (bytes, bytearray):
    big = kind(b'a' * 1_000_000)
    for n in [b'a' * 20000 + b'b', b'b' + b'a' * 20000, b'a' * 10000 + b'b' + b'a' * 10000, b'ab' * 10000]:
        print(kind.__name__, len(n), n in big, big.find(n), big.rfind(n), big.count(n), len(big.split(n)), len(big.replace(n, b'x')))
    print(big.count(b'a' * 20000), big.index(b'a' * 20000), big.rindex(b'a' * 20000), big.rfind(b'a' * 20001))
    planted = kind(b'a' * 1_000_000 + b'b' + b'a' * 10)
    print(planted.find(b'a' * 20000 + b'b'), planted.index(memoryview(b'a' * 20000 + b'ba')), planted.count(b'a' * 20000 + b'b'), planted.partition(b'a' * 20000 + b'b')[2])
    planted = kind(b'a' * 10 + b'b' + b'a' * 1_000_000)
    print(planted.rfind(b'b' + b'a' * 20000), planted.rindex(b'ab' + b'a' * 20000), planted.rpartition(b'b' + b'a' * 20000)[0], len(planted.rsplit(b'b' + b'a' * 20000)))
    periodic_big = kind(b'ab' * 500_000 + b'c')
    print(periodic_big.count(b'ab' * 10000 + b'c'), periodic_big.find(b'ab' * 10000 + b'a' + b'ab' * 10000), periodic_big.rfind(b'c' + b'ab' * 10000))
