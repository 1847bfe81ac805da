# list, tuple and str repetition (copies of what is done, doubling): exact contents and lengths
# around powers of two, in place too, for one item, several, and astral characters.
for unit in ([0], [1, 2], ["a", None, 3.5], []):
    for n in (0, 1, 2, 3, 7, 8, 9, 1000, 1025):
        r = unit * n
        assert r == [x for _ in range(n) for x in unit], (unit, n)
        assert tuple(unit) * n == tuple(r) and n * unit == r
        l = list(unit)
        l *= n
        assert l == r
    print(unit, len(unit * 4097), (unit * 4097)[-3:])
for s in ("\U0001F600", "a\U0001F600", "\u20ac\U00010348z", "\ud800"):
    for n in (0, 1, 2, 5, 64, 65, 1000):
        r = s * n
        assert len(r) == len(s) * n and r == "".join([s] * n), (s, n)
    print(ascii((s * 300)[-4:]), len(s * 300))
t = (1, 2)
print(t * 1 is t, len(t * 100000))
