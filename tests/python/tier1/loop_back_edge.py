# A for loop's back edge (JUMP_BACKWARD) runs the loop's FOR_ITER_RANGE/SEQ + STORE_FAST itself
# when the iterator is of that kind: exhaustion, break/continue, for-else, nested loops, a list
# growing while iterated, unpacking targets, one loop site seeing different iterator kinds, and
# errors from a custom iterator raised at the `for` line, not caught by a try around `continue`.


def total(seq):
    s = 0
    for x in seq:
        s += x
    return s


print(total(range(10)), total([1, 2, 3]), total((4, 5)), total([]), total(range(0)))
print([total(range(k)) for k in range(6)])


def words(s):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch == "!":
            break
        out.append(ch)
    else:
        out.append("<end>")
    return "".join(out)


print(words("a b c"), words("ab!cd"), words(""), words("é ü"))


def nested(n):
    pairs = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            pairs += 1
    return pairs, i


print(nested(7))


def growing():
    items = [1, 2]
    seen = []
    for x in items:
        seen.append(x)
        if len(items) < 6:
            items.append(x * 10)
    return seen


print(growing())


def unpack(pairs):
    out = []
    for a, b in pairs:
        out.append(a - b)
    return out


print(unpack([(5, 1), (7, 2)]), unpack(((1, 1),)))


class Countdown:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == self.fail_at:
            raise ValueError("boom at %d" % self.n)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen(n):
    for k in range(n):
        yield k * 2


def mixed(it):
    out = []
    for x in it:
        try:
            out.append(x)
            continue
        except ValueError:
            out.append("caught inside")
    return out


for it in ([1, 2], range(3), "xy", Countdown(3), gen(3), (9,), iter([7, 8]), range(2)):
    print(mixed(it))

try:
    mixed(Countdown(5, fail_at=2))
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, e, tb.tb_lineno - mixed.__code__.co_firstlineno)


def last_value(seq):
    x = "unset"
    for x in seq:
        pass
    return x


print(last_value(range(4)), last_value([]), last_value("abc"), last_value((None,)))
