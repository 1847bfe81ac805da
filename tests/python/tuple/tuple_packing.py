def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax("hello"))
t = 1, 2, 3
print(t, type(t).__name__)
single = "only",
print(single, len(single))
empty = ()
print(empty, len(empty), empty == tuple())
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
swapped = [(b, a) for a, b in pairs]
print(swapped, dict(swapped))
print(tuple(i for i in range(3)), (1, 2) + (3,), (0,) * 3, (1, 2, 3)[::-1])
x = (1, [2, 3])
x[1].append(4)
print(x, (1, 2) < (1, 2, 3), (3,) > (2, 9, 9), ((1, 2), (0, 5)) < ((1, 2), (1,)))
print(tuple("abc").index("c"), (1, 1, 2).count(1), 2 in (1, 2), hash((1, (2, 3))) == hash((1, (2, 3))))
