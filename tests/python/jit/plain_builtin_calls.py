# Builtins that run only Java code, called from inside inlined calls as plain helpers
# (operator.index, a Random's random/getrandbits): results, exceptions and tracebacks as tier 1's,
# and a generic call again where an argument or the method is not what the trace recorded.
import operator
import random
import sys
import traceback


def draw(rng, n):
    total = 0
    for i in range(n):
        total += rng.randint(1, 100) + rng.randrange(0, 1000, 7)
        total += int(rng.random() * 1000)
    return total


rng = random.Random(12345)
print("draws", draw(rng, 3000))
random.seed(99)
print("module", sum(random.randint(1, 6) for _ in range(2000)), random.random())
print("choice", "".join(random.choice("abcdef") for _ in range(60)))
deck = list(range(52))
for _ in range(200):
    random.shuffle(deck)
print("shuffle", deck[:10])


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        # runs Python code inside the builtin: the caller's frames must be real here
        return self.v + len(sys._getframe(1).f_code.co_name)


def indexes(values):
    out = []
    for v in values:
        out.append(operator.index(v))
    return out


print("index", indexes([1, 2, True, 3] * 500)[-4:], indexes([1, Index(5), 2, Index(7)] * 300)[-4:])


def bits(rng, ks):
    out = 0
    for k in ks:
        out ^= rng.getrandbits(k)
    return out


rng = random.Random(7)
print("bits", bits(rng, list(range(1, 60)) * 40))
try:
    bits(rng, [5] * 500 + [-1])
except ValueError:
    print("bits error:", traceback.format_exc().splitlines()[-1])
    print([line.split(", ", 1)[1] for line in traceback.format_exc().splitlines() if line.startswith("  File")])


class Loaded(random.Random):
    calls = 0


def patched(n):
    rng = Loaded(3)
    total = 0
    for i in range(n):
        if i == n // 2:
            # a method of the instance's class replaced mid-loop: the trace's body guard fails
            Loaded.getrandbits = lambda self, k: (Loaded.__dict__.__len__() * 0) + 1
        total += rng.randrange(1000)
    return total


print("patched", patched(2000))


def rebound(n):
    total = 0.0
    for i in range(n):
        if i == n // 2:
            random.random = lambda: 0.5
        total += random.random()
    return round(total, 6)


random.seed(4)
print("rebound", rebound(2000))
