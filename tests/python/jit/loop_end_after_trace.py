# Loops whose trace ends them (the iterator used up at the header): the JIT finishes the FOR_ITER
# itself before tier 1 goes on, so the `else` clause, the code after the loop, the loop variable's
# last value and the iterator's state must be as tier 1 leaves them; for lists, tuples, ranges,
# strings, a list iterator shared with the body, a generator (left to tier 1) and a loop re-entered
# many times from an outer loop in tier 1.


def kinds(n):
    out = []
    for seq in ([1, 2, 3] * n, tuple(range(n)), range(n), "ab" * n, []):
        total = 0
        for x in seq:
            total += 1
        else:
            out.append(("else", total))
        out.append(x if seq else None)
    return out


def shared(n):
    it = iter(list(range(n)))
    pairs = 0
    for a in it:
        for b in it:
            pairs += a * b
            break
    rest = list(it)
    return pairs, rest, next(it, "done")


def gen(n):
    def g():
        for i in range(n):
            yield i
    s = 0
    for v in g():
        s += v
    else:
        s = -s
    return s


def many(rounds):
    acc = 0
    for r in range(rounds):
        # tier 1 runs this outer loop's body when its trace is not there yet; the inner loop's
        # trace ends each run of it
        row = list(range(r % 17))
        for v in row:
            acc += v
        else:
            acc += 1000
        if r % 5 == 0:
            for w in (r, r + 1):
                if w > 10 ** 9:
                    break
                acc -= w
            else:
                acc += 7
    return acc


for n in (0, 1, 5, 300, 3000):
    print(n, kinds(n) if n else "-", shared(n), gen(n))
print(many(10), many(3000), many(20000))
