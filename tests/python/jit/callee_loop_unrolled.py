# Short loops inside calls that a traced loop inlines are unrolled into its trace (a search loop
# left by return, a scan that stops at another character, a walk over a short list). Each call
# may go round its loop another number of times than the recorded one: the trace then leaves at a
# guard of the unrolled iterations into the re-created callee frame, or runs a bridge from there.
# Everything must be what tier 1 computes: results, the callee's side effects, the iterator's state
# when the caller shares it, exceptions raised inside the loop, and loops too long to unroll.


class Chooser:
    def __init__(self, weights):
        self.cumulative = []
        total = 0.0
        for w in weights:
            total += w
            self.cumulative.append(total)
        self.names = ["a", "b", "c", "d"]

    def choose(self, r):
        i = 0
        for bound in self.cumulative:
            if r < bound:
                return self.names[i]
            i += 1
        return self.names[-1]


def search_left_by_return():
    ch = Chooser([0.1, 0.6, 0.2, 0.1])
    counts = {}
    x = 0.123
    for n in range(3000):
        x = (x * 3.7 + 0.311) % 1.0
        if n % 500 == 499:
            x = 1.5  # past every bound: the loop ends and the return after it runs
        k = ch.choose(x)
        counts[k] = counts.get(k, 0) + 1
    print("search", sorted(counts.items()))


def skip_chars(src, pos, chars):
    try:
        while src[pos] in chars:
            pos += 1
    except IndexError:
        pass
    return pos


def scan_words(text):
    pos = 0
    words = 0
    lengths = 0
    while pos < len(text):
        start = skip_chars(text, pos, " \t")
        end = start
        while end < len(text) and text[end] not in " \t":
            end += 1
        if end > start:
            words += 1
            lengths += end - start
        pos = end
    return words, lengths


def consumers_of(items, determining, into):
    for c in items:
        if c is not determining and c % 3 != 0:
            into.append(c)


def walk_to_exhaustion():
    lists = [[1, 2], [4], [], [5, 6, 7], [3, 9], list(range(40)), (8, 10), [11, 13, 14]]
    out = []
    for n in range(2000):
        items = lists[n % len(lists)]
        det = items[0] if items and n % 5 == 0 else None
        consumers_of(items, det, out)
    print("walk", len(out), sum(out), out[-5:])


def over_ranges_and_strs(n, s):
    total = 0
    for i in range(n):
        total += i
    for ch in s:
        if ch == "x":
            break
        total += 1
    else:
        total += 100
    return total


def ranges_and_strs():
    acc = 0
    words = ["ab", "axe", "", "bbbx", "q"]
    for n in range(1500):
        acc += over_ranges_and_strs(n % 4, words[n % 5])
    print("ranges", acc)


def take_two(it):
    got = []
    for v in it:
        got.append(v)
        if len(got) == 2:
            return got
    return got


def shared_iterator():
    # the caller goes on with the iterator the callee's loop left: exactly where tier 1 leaves it
    total = 0
    firsts = 0
    for n in range(1500):
        it = iter([n, n + 1, n + 2, n + 3][: n % 5])
        got = take_two(it)
        firsts += len(got)
        rest = list(it)
        total += sum(got) * 3 + sum(rest)
    print("shared", firsts, total)


def grows_while_walked(xs, limit):
    seen = 0
    for v in xs:
        seen += v
        if len(xs) < limit:
            xs.append(v + 1)
    return seen


def list_changes_under_loop():
    total = 0
    for n in range(1500):
        xs = [n % 3]
        total += grows_while_walked(xs, 1 + n % 4)
        total += len(xs)
    print("grows", total)


def first_negative_index(xs):
    for i in range(len(xs)):
        if 10 // xs[i] < 0:
            return i
    return -1


def raises_inside():
    caught = 0
    found = 0
    data = [[1, 2, -3], [4, 0, 5], [-1], [2, 2], [3, -2, 0]]
    for n in range(2000):
        try:
            found += first_negative_index(data[n % 5])
        except ZeroDivisionError as e:
            caught += 1
            last = str(e)
    print("raises", caught, found, last)


def nested_search(rows, key):
    for r in rows:
        if contains(r, key):
            return r[0]
    return None


def contains(row, key):
    for v in row:
        if v == key:
            return True
    return False


def nested_calls():
    rows = [[1, 2], [3, 4, 5], [6], [7, 8]]
    hits = 0
    misses = 0
    for n in range(2500):
        r = nested_search(rows, n % 10)
        if r is None:
            misses += 1
        else:
            hits += r
    print("nested", hits, misses)


def gen(k):
    for i in range(k):
        yield i * i


def sum_gen(k):
    total = 0
    for v in gen(k):
        total += v
    return total


def generator_in_callee():
    acc = 0
    for n in range(1200):
        acc += sum_gen(n % 4)
    print("gen", acc)


def count_up(limit):
    i = 0
    while i < limit:
        i += 1
    return i


def long_and_short():
    # mostly short; now and then far longer than a trace may unroll
    acc = 0
    for n in range(3000):
        acc += count_up(2 if n % 100 else 50)
    print("long", acc)


search_left_by_return()
print("scan", scan_words("  alpha beta\tgamma   delta  e " * 40))
for _ in range(20):
    r = scan_words(" x yy  zzz \t" * (_ + 1))
print("scan2", r)
walk_to_exhaustion()
ranges_and_strs()
shared_iterator()
list_changes_under_loop()
raises_inside()
nested_calls()
generator_in_callee()
long_and_short()
