# Operations no typed recorder opens up, called as tier 1 does them from a traced loop: item get,
# set, delete and `in` of user classes, deques and tuple keys; rich comparisons of classes; attribute
# loads and stores of data descriptors, __getattr__ and functions; calls of callable instances,
# partials and bound builtin methods; globals whose cache stops holding. Each Python-level method
# counts its calls, so one run twice (an exit resuming before it) would show.
import collections
import functools
import sys

calls = collections.Counter()


class Box:
    def __init__(self, n):
        self.items = list(range(n))

    def __getitem__(self, k):
        calls["getitem"] += 1
        return self.items[k % len(self.items)]

    def __setitem__(self, k, v):
        calls["setitem"] += 1
        self.items[k % len(self.items)] = v

    def __delitem__(self, k):
        calls["delitem"] += 1
        self.items.append(self.items.pop(k % len(self.items)))

    def __contains__(self, x):
        calls["contains"] += 1
        return x % 3 == 0


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls["lt"] += 1
        return self.v < other.v

    def __eq__(self, other):
        calls["eq"] += 1
        return isinstance(other, Key) and self.v == other.v

    __hash__ = None


class Lazy:
    def __getattr__(self, name):
        calls["getattr"] += 1
        return len(name)


class Scaler:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        calls["call"] += 1
        return x * self.k


def work(n):
    box = Box(7)
    d = {}
    dq = collections.deque(range(5))
    lazy = Lazy()
    half = Key(n // 2)
    scale = Scaler(3)
    add3 = functools.partial(lambda a, b: a + b, 3)
    seen = []
    push = seen.append
    total = 0
    for i in range(n):
        total += box[i]
        box[i] = i
        if i % 50 == 0:
            del box[i]
        if i in box:
            total += 1
        if i not in box:
            total -= 1
        d[(i % 4, "k")] = i
        total += d[(i % 4, "k")]
        if (i % 4, "k") in d:
            total += 2
        total += dq[i % 5]
        dq[i % 5] = i
        if Key(i) < half:
            total += 1
        if Key(i % 10) == Key(3):
            total += 5
        total += lazy.abc + lazy.xy
        total += len(type(box).__name__)
        work.last = i
        total += scale(i) + add3(i)
        push(i % 3)
    return total, len(seen), work.last, list(dq), sorted(d.items())


print(work(3000))
print(sorted(calls.items()))

# errors raised by called operations inside the loop unwind where tier 1 raises them
def faults(n):
    box = Box(3)
    caught = []
    for i in range(n):
        try:
            if i % 700 == 699:
                box[i] = 1 // 0
            v = {"a": 1}["b" if i % 900 == 899 else "a"]
            k = Key(i) < Key(5) if i % 800 != 799 else Key(i) < 5
        except (ZeroDivisionError, KeyError, AttributeError, TypeError) as e:
            tb = e.__traceback__
            caught.append((i, type(e).__name__, tb.tb_lineno))
    return caught


print(faults(2000))

# a global read in a loop while new module globals appear (the LOAD_GLOBAL caches stop holding)
module = sys.modules[__name__].__dict__
BASE = 1


def read_globals(n):
    t = 0
    for i in range(n):
        t += BASE + len(str(i))
        if i % 100 == 0:
            module["extra_%d" % i] = i
    return t


print(read_globals(3000), sorted(k for k in module if k.startswith("extra_"))[:3])
