# A for loop over an object that has only __getitem__ calls it from the `for` line: the caller's
# f_lineno seen inside __getitem__, and the traceback of an exception raised there, name the
# `for` line at every iteration, also once the loop has run long enough for the interpreter to
# specialize it (and for the JIT to try it), and in a comprehension.
import sys
import traceback

WATCH = (0, 1, 2, 50, 1000, 2998, 2999)


class Seq:
    def __init__(self, n, fail_at=-1):
        self.n = n
        self.fail_at = fail_at
        self.lines = []

    def __getitem__(self, i):
        if i in WATCH:
            caller = sys._getframe(1)
            self.lines.append((i, caller.f_code.co_name, caller.f_lineno - caller.f_code.co_firstlineno))
        if i == self.fail_at:
            raise ValueError(i)
        if i >= self.n:
            raise IndexError(i)
        return i


def plain(seq):
    total = 0
    for x in seq:
        total += x
        total -= 1
    return total


def with_call(seq):
    out = []
    for x in seq:
        out.append(x)
        len(out)
    return len(out)


def nested(seqs):
    total = 0
    for s in seqs:
        for x in s:
            total += x
    return total


def comprehension(seq):
    return len([x * 2 for x in seq if x >= 0])


def report(label, seq, result):
    print(label, result, seq.lines)


for fn in (plain, with_call, comprehension):
    s = Seq(3000)
    report(fn.__name__, s, fn(s))
seqs = [Seq(3) for _ in range(1000)] + [Seq(3000)]
print("nested", nested(seqs), seqs[0].lines, seqs[-1].lines)


def failing(fn):
    s = Seq(4000, fail_at=2999)
    try:
        fn(s)
    except ValueError as e:
        frames = traceback.extract_tb(e.__traceback__)
        print(fn.__name__, "raised at", e.args, [(fr.name, fr.lineno - fn.__code__.co_firstlineno)
                                                  for fr in frames if fr.name == fn.__name__])
    print("  lines seen", s.lines)


for fn in (plain, with_call, comprehension):
    failing(fn)

# run the loops many more times so that whatever is compiled late runs them too
for _ in range(20):
    for fn in (plain, with_call):
        s = Seq(3000)
        fn(s)
print("after warming", s.lines)
failing(plain)
failing(with_call)
