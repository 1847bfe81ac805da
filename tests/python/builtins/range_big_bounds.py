# range with bounds beyond 64 bits: indexing, slicing, len overflow, contains, reversed, equality, hash.
big = 10 ** 20
r = range(big, big + 5)
print(r, list(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-2]), big + 3 in r, big + 5 in r, r.index(big + 2), r.count(big))
print(list(reversed(r)), bool(r), r == range(big, big + 5), hash(r) == hash(range(big, big + 5, 1)))
R = range(-big, big, 3)
for f in [lambda: len(R), lambda: R[big * 3], lambda: len(range(2 ** 63)), lambda: len(range(2 ** 63 - 1)), lambda: R.index(1),
          lambda: range(0, 2**64, 2**62)[1:], lambda: list(range(2**63 - 3, 2**63 + 2)), lambda: list(reversed(range(-2**63 - 2, -2**63 + 2))),
          lambda: R[5], lambda: R[-5], lambda: R[big // 3 : big // 2 : 7], lambda: list(range(5)[::-1]), lambda: range(3).index(1.0),
          lambda: range(3).index("x"), lambda: range(3).count(1.0), lambda: 2.0 in range(3), lambda: range(1, 2**100, 2**98), lambda: range(0)[::-1],
          lambda: range(2**64)[2**63], lambda: range(5)[True], lambda: iter(range(2**64)).__length_hint__(), lambda: list(range(0, -10, -3)[::-1]),
          lambda: range(10)[2:8:2][1:], lambda: range(-5, 5)[-100:100], lambda: range(5)[1.5], lambda: range(1, 10, 2).__reduce__(),
          lambda: range(0, 10, -1) == range(0), lambda: hash(range(0)) == hash(range(5, 2)), lambda: [x for x in range(2**63 - 2, 2**63 + 1)],
          lambda: range(2**63-1)[-1], lambda: (2**63 - 1) in range(2**64), lambda: sum(range(10**6, 10**6 + 1000)), lambda: range(0, 1, 2**64)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
