# Conditional jumps on values whose truth test is not typed in a trace: a class's __bool__ and
# __len__ (which count their calls: each must run once per test), floats (-0.0, NaN), big ints,
# bytes, deques, ranges. Each loop flips the outcome partway so the guard's exit is taken and
# must resume on the other branch without testing again; one __bool__ raises mid-loop.
from collections import deque

calls = [0]


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        calls[0] += 1
        return self.v != 0


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        calls[0] += 1
        return self.n


def count_if(xs):
    t = 0
    for x in xs:
        if x:
            t += 1
    return t


def count_if_not(xs):
    t = 0
    for x in xs:
        if not x:
            t += 2
        else:
            t += 3
    return t


def and_or(xs):
    out = []
    for x in xs:
        a = x and 'y'
        b = x or 'n'
        out.append((a if isinstance(a, str) else 'v', b if isinstance(b, str) else 'v'))
    return out


def while_truth(n):
    # `while obj:` where the object's length shrinks: its __len__ runs once per test
    class Stack:
        def __init__(self, k):
            self.items = list(range(k))

        def __len__(self):
            calls[0] += 1
            return len(self.items)

    s = Stack(n)
    popped = 0
    while s:
        s.items.pop()
        popped += 1
    return popped


for label, xs in [
    ('bool', [B(i % 3) for i in range(3000)]),
    ('len', [L(i % 4) for i in range(3000)]),
    ('float', [float(i % 5) - 2.0 for i in range(3000)] + [-0.0, float('nan'), 0.0]),
    ('bigint', [(i % 3) * 10**30 for i in range(3000)]),
    ('bytes', [b'' if i % 2 else b'x' for i in range(3000)]),
    ('deque', [deque() if i % 3 else deque([1]) for i in range(3000)]),
    ('range', [range(i % 2) for i in range(3000)]),
    ('mixed', [B(1), L(0), 0.5, 0, None, 'a', '', 10**40, b'', B(0)] * 300),
]:
    calls[0] = 0
    r1 = count_if(xs)
    c1 = calls[0]
    r2 = count_if_not(xs)
    c2 = calls[0] - c1
    r3 = and_or(xs)
    c3 = calls[0] - c1 - c2
    print(label, r1, c1, r2, c2, r3[:4], sum(1 for p in r3 if p[0] == 'y'), c3)

calls[0] = 0
print('while', while_truth(5000), calls[0])

# a flip from always-true to always-false after the loop is compiled
flip = [B(1)] * 2500 + [B(0)] * 2500
calls[0] = 0
print('flip', count_if(flip), count_if_not(flip), calls[0])


class Boom:
    def __init__(self, k):
        self.k = k

    def __bool__(self):
        if self.k == 2900:
            raise ValueError('bad truth %d' % self.k)
        return self.k % 2 == 0


try:
    count_if([Boom(k) for k in range(3000)])
except ValueError as e:
    print('raised', e)


class NotBool:
    def __bool__(self):
        return 1


try:
    count_if([B(1)] * 2000 + [NotBool()])
except TypeError as e:
    print(type(e).__name__, e)


# truth tests inside a method the loop's trace inlines: the guard's exit rebuilds the inlined
# frame at the other branch
class Holder:
    def __init__(self):
        self.q = deque()
        self.flag = B(0)

    def step(self, i):
        if i % 7 == 0:
            self.q.append(i)
        if self.q and i % 3 == 0:
            self.q.popleft()
        if not self.flag:
            return 1 if len(self.q) else 2
        return 3


h = Holder()
calls[0] = 0
acc = 0
for i in range(6000):
    if i == 4000:
        h.flag = B(1)
    acc += h.step(i)
print('inlined', acc, calls[0], len(h.q))
