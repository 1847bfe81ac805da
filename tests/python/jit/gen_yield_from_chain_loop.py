# Deep `yield from` chains driven from hot (traced) loops: values passed up through every level,
# chains abandoned mid-iteration, a delegate that finishes or raises at depth inside the loop,
# and send() from a traced loop reaching the innermost generator.
import gc


def leaf(n, finals):
    try:
        for i in range(n):
            yield i
    finally:
        finals.append(n)


def chain(depth, n, finals):
    if depth == 0:
        r = yield from leaf(n, finals)
    else:
        r = yield from chain(depth - 1, n, finals)
    return r


finals = []
total = 0
for round_ in range(300):
    for v in chain(6, 20, finals):
        total += v
        if v == round_ % 25:
            break  # abandons the chain mid-iteration (closed when collected)
gc.collect()
print(total, len(finals), sorted(set(finals)))


def stepped(depth, limit):
    if depth == 0:
        k = 0
        while k < limit:
            got = yield k
            k += got if got is not None else 1
        return k
    return (yield from stepped(depth - 1, limit))


results = []
for limit in range(40, 400, 9):
    g = stepped(5, limit)
    v = next(g)
    steps = 0
    try:
        while True:
            v = g.send(v % 3 + 1)
            steps += 1
    except StopIteration as e:
        results.append((steps, e.value))
print(results[:5], results[-3:], sum(s for s, _ in results))


def fragile(depth, bad):
    if depth == 0:
        for i in range(50):
            if i == bad:
                raise ValueError(bad)
            yield i * 1.5 if i % 7 == 0 else i
    else:
        yield from fragile(depth - 1, bad)


caught = []
acc = 0
for bad in range(10, 60):
    try:
        for x in fragile(4, bad):
            acc += x
    except ValueError as e:
        caught.append(e.args[0])
print(acc, len(caught), caught[:3], caught[-3:])


def pairs_at_depth(depth):
    if depth == 0:
        for i in range(500):
            yield (i, -i) if i % 97 else [i, "x"]
    else:
        yield from pairs_at_depth(depth - 1)


n = 0
odd = []
for p in pairs_at_depth(8):
    a, b = p
    if type(p) is list:
        odd.append((a, b))
    n += a
print(n, odd)
