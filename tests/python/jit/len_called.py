# len() in traced loops of objects that are not exact lists, tuples, strs, dicts or sets: a deque,
# a bytearray, a range, a frozenset, a class's __len__ (counted: it runs once per call), a list
# subclass overriding __len__; one __len__ raises mid-loop, one returns a bad value.
from collections import deque, OrderedDict

calls = [0]


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        calls[0] += 1
        return self.n


class MyList(list):
    def __len__(self):
        calls[0] += 1
        return 100


def total(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


def drain(n):
    d = deque(range(n))
    out = 0
    while len(d) > 3:
        out += d.popleft()
    return out, len(d)


def grow(n):
    b = bytearray()
    for i in range(n):
        b.append(i % 256)
        if len(b) % 1000 == 0:
            b.extend(b'xy')
    return len(b)


for label, xs in [
    ('deque', [deque(range(i % 5)) for i in range(3000)]),
    ('bytearray', [bytearray(i % 7) for i in range(3000)]),
    ('range', [range(i % 9) for i in range(3000)]),
    ('frozenset', [frozenset(range(i % 4)) for i in range(3000)]),
    ('ordereddict', [OrderedDict.fromkeys(range(i % 3)) for i in range(3000)]),
    ('sized', [Sized(i % 6) for i in range(3000)]),
    ('mylist', [MyList([1, 2]) for i in range(3000)]),
    ('mixed', [[1], (1, 2), 'abc', {1: 2}, {3}, deque([1]), Sized(5), b'xy', range(4), MyList()] * 300),
]:
    calls[0] = 0
    print(label, total(xs), calls[0])

print('drain', drain(5000))
print('grow', grow(5000))


class Bad:
    def __init__(self, k):
        self.k = k

    def __len__(self):
        if self.k == 2500:
            raise RuntimeError('len %d' % self.k)
        return self.k


try:
    total([Bad(k) for k in range(3000)])
except RuntimeError as e:
    print('raised', e)


class Negative:
    def __len__(self):
        return -1


try:
    total([Sized(1)] * 2000 + [Negative()])
except ValueError as e:
    print(type(e).__name__, e)

try:
    total([Sized(1)] * 2000 + [5])
except TypeError as e:
    print(type(e).__name__, e)
