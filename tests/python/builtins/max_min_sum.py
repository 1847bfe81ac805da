print(max(3, 1, 2), max([3, 1, 2]), max("abc"), max([1, 5], [2]), max([], default="empty"), max([1, 2], key=lambda x: -x))
print(min(3, 1, 2), min([3, 1, 2]), min("abc"), min([], default=None), min(["bb", "a", "ccc"], key=len))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([0, False]), max(2, 2.0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(sum([1.5, 2]), sum([True, True]), sum((x for x in range(4)), start=100))
for thunk in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]),
              lambda: max(1, 2, default=0), lambda: max([1, "a"]), lambda: sum(5)]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
