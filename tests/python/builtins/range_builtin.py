for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)]:
    print(r, list(r), len(r), bool(r))
r = range(0, 20, 4)
print(r[1], r[-1], r[1:3], r[::-1], list(r[::-1]), 8 in r, 9 in r, r.index(12), r.count(4), r.start, r.stop, r.step)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(4))), sum(range(1000)), max(range(7)), range(10 ** 20)[-1], range(0, 10 ** 20, 7)[3])
for thunk in [lambda: range(0, 5, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(3), lambda: range("1")]:
    try:
        thunk()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(range(-5, 5, 3)[1:], list(range(-5, 5, 3)[1:]), 10 ** 19 in range(10 ** 20), 1.0 in range(3), "x" in range(3))
