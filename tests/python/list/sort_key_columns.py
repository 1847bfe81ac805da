# list.sort over keys that are all ints, all strs, or all 2-tuples of ints and strs: order,
# stability and reverse, with strings that share long prefixes, differ only past the eighth
# character, hold NUL and non-Latin-1 characters, and ints at the ends of the long range.

class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % n


rng = Rng(3)
ALPHA = ["a", "b", "ab", "\0", "z", "\xe9", "\xff", "\u0100", "\u2603", "aaaaaaaa", "aaaaaaab"]


def word(latin1=True):
    parts = ALPHA if not latin1 else ALPHA[:7] + ALPHA[9:]
    return "".join(parts[rng.below(len(parts))] for _ in range(rng.below(5)))


def check(name, items, key=None, reverse=False):
    expected = sorted(range(len(items)), key=lambda i: (key(items[i]) if key else items[i], i))
    if reverse:
        # Stable reverse: equal keys keep their order, the rest is reversed.
        expected = sorted(range(len(items)), key=lambda i: (key(items[i]) if key else items[i]), reverse=True)
    got = sorted(items, key=key, reverse=reverse)
    print(name, got == [items[i] for i in expected], len(got), got[:3], got[-2:])


strs_l1 = [word() for _ in range(3000)]
strs_any = [word(False) for _ in range(3000)]
ints = [rng.below(1000) - 500 for _ in range(3000)] + [2**63 - 1, -2**63, 0, -1]
check("latin1 strs", strs_l1)
check("strs", strs_any)
check("strs reverse", strs_any, reverse=True)
check("ints", ints)
check("ints reverse", ints, reverse=True)
pairs = [(rng.below(5), word()) for _ in range(3000)]
check("int str pairs", pairs)
check("int str pairs by key", pairs, key=lambda p: (-p[0], p[1]))
check("str int pairs", [(w, n) for n, w in pairs])
check("str str pairs", [(word(False), word()) for _ in range(2000)])
check("int int pairs", [(rng.below(3), rng.below(3) - 1) for _ in range(2000)], reverse=True)
# Stability: equal keys keep their order.
recs = [(rng.below(4), i) for i in range(500)]
print([r[1] for r in sorted(recs, key=lambda r: r[0])][:12])
print([r[1] for r in sorted(recs, key=lambda r: (r[0], "k"), reverse=True)][:12])
print([r[1] for r in sorted(recs, key=lambda r: str(r[0]))][-12:])
# Mixed forms fall back to the general comparison (or raise as CPython does).
print(sorted([(1, "a"), (1, 2.5), (0, "b")], key=lambda t: t[0]))
print(sorted(["b", "a", "c"]), sorted([3, True, 2]), sorted([(1, "b"), (1, "a", 0), (0, "z")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(sorted(["a\0", "a", "a\0\0", "", "\0"]))
print(sorted(["abcdefgh", "abcdefghi", "abcdefgg\u2603", "abcdefgh\0", "abcdefg"]))
print(sorted([2**63, 2**63 - 1, -2**63 - 1, -2**63, 0]))
print(sorted([("x", 2**64), ("x", 1), ("w", 3)]))
d = {"kalo mi": 3, "kalo mia": 3, "ka": 1, "kalo m": 3, "zed": 2}
print(sorted(d, key=lambda k: (-d[k], k)))
