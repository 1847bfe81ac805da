# A loop in a generator's body that delegates with `yield from` to a generator it makes with a call of
# six arguments (nqueens' shape): the call, GET_YIELD_FROM_ITER, SEND and END_SEND are traced; the
# sub-generator returns at once on most iterations (the trace goes on to the back jump) and yields on
# others (the iteration ends at the delegating YIELD_VALUE). Its return value is kept; values sent in
# reach the innermost generator; a sub-generator raising mid-way unwinds through the loop; a
# `yield from` of a list or of a class iterator leaves the generator path to tier 1.

def placements(n, row, columns, up, down, placed):
    if row == n:
        yield tuple(placed)
        return len(placed)
    total = 0
    for col in range(n):
        if col in columns or (row + col) in up or (row - col) in down:
            continue
        columns.add(col)
        up.add(row + col)
        down.add(row - col)
        placed.append(col)
        got = yield from placements(n, row + 1, columns, up, down, placed)
        if got is not None:
            total += got
        placed.pop()
        columns.discard(col)
        up.discard(row + col)
        down.discard(row - col)
    return total

def solve(n):
    count = 0
    fold = 0
    for s in placements(n, 0, set(), set(), set(), []):
        count += 1
        for c in s:
            fold = (fold * 7 + c) % 1000003
    return count, fold

for n in range(4, 8):
    print(n, solve(n))

def leaf(a, b, c, d, e, f):
    if (a + b) % 5 == 0:
        x = yield a * b
        yield x
    return a + b + c + d + e + f

def many(n):
    acc = 0
    for i in range(n):
        acc += yield from leaf(i, 1, 2, 3, 4, 5)
    return acc

def drain(g):
    out = []
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send(len(out))
    except StopIteration as e:
        return out[-6:], len(out), e.value

print(drain(many(3000)))

def boom(i, a, b, c, d, e):
    if i == 2500:
        raise ValueError("boom at %d" % i)
    if i % 7 == 0:
        yield i
    return i

def outer(n):
    s = 0
    for i in range(n):
        s += yield from boom(i, 1, 2, 3, 4, 5)
    return s

g = outer(4000)
seen = []
try:
    for v in g:
        seen.append(v)
except ValueError as e:
    print("ValueError", e, len(seen), seen[-3:], g.gi_frame)

class Count:
    def __init__(self, k):
        self.k = k
    def __iter__(self):
        return iter(range(self.k))

def mixed(n):
    for i in range(n):
        if i % 500 == 499:
            yield from [i, -i]
        elif i % 700 == 1:
            yield from Count(2)
        else:
            yield from ()

print(sum(mixed(5000)), len(list(mixed(5000))))

def seven(a, b, c, d, e, f, g):
    # a loop: the call stays a residual call of tier 1's (LoopCalls)
    for x in (c, d):
        a += x
    return a + b + e + f + g

class Seven:
    def __init__(self, a, b, c, d, e, f, g):
        # a loop: the class call stays a residual call of tier 1's
        s = a * b
        for x in (c, d, e, f, g):
            s += x
        self.s = s

def calls(n):
    t = 0
    made = []
    for i in range(n):
        t += seven(i, 1, 2, 3, 4, 5, 6)
        made.append(Seven(i, 2, 3, 4, 5, 6, 7))
        t += max(i % 9, 1, 2, 3, 4, 5, 6)
    return t + sum(m.s for m in made)

print(calls(4000))
try:
    seven(*range(6))
except TypeError as e:
    print("TypeError", e)
