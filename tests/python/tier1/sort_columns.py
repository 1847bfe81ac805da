# list.sort/sorted fast paths for keys that are all simple strs, or all 2-tuples of ints/strs
# (sorted by columns): order, stability, reverse, and the fallbacks (surrogates, big ints,
# bools, mixed columns, other lengths), which must give the same answers.

words = ["pear", "apple", "fig", "apple", "Zebra", "éclair", "banana", "fig", "", "a\U0001f600", "a\uffff"]
print(sorted(words))
print(sorted(words, reverse=True))
tagged = [(w, i) for i, w in enumerate(words)]
print(sorted(tagged, key=lambda t: t[0]))
print(sorted(tagged, key=lambda t: t[0], reverse=True))
counts = {"b": 2, "a": 2, "c": 5, "d": 1, "e": 5}
print(sorted(counts, key=lambda k: (-counts[k], k)))
print(sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))
print(sorted([(3, "x"), (1, "y"), (3, "a"), (-2**62, "z"), (2**62, "q")]))
print(sorted([("b", 2), ("a", 9), ("b", 1), ("a", 9)]))
print(sorted([(1, 2), (1, 1), (0, 5)]), sorted([("x", "b"), ("x", "a"), ("w", "z")]))
# stability: equal keys keep their order
recs = [("k%d" % (i % 3), i) for i in range(12)]
print(sorted(recs, key=lambda r: (len(r[0]), r[0])))
# fallbacks: a big int, a bool, a surrogate, mixed columns, a 3-tuple
print(sorted([(2**70, "a"), (1, "b"), (2**64, "c")]))
print(sorted([(True, "b"), (1, "a"), (False, "c"), (0, "d")]))
print(sorted([(1, "\ud800"), (1, "a"), (0, "\udfff")]))
print(sorted(["b", "\ud800", "a", "\U00010000", "\uffff"]))
print(sorted([(1, "a", 3), (1, "a", 2), (0, "z", 0)]))
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
big = ["w%d" % ((i * 7919) % 1000) for i in range(1000)]
s = sorted(big)
print(s[:3], s[-3:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
pairs = [(-(i * 31 % 17), "w%d" % (i * 13 % 50)) for i in range(500)]
p = sorted(pairs)
print(p[:3], p[-2:], all(p[i] <= p[i + 1] for i in range(len(p) - 1)))
