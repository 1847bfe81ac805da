# slice.indices(length) in Python ints of any size (CPython's _PySlice_GetLongIndices,
# bpo-14794): lengths and bounds past sys.maxsize, negative bounds counted from the end, and
# the errors, in CPython's order (length, then step, start, stop).
import itertools
import sys


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


vals = [None, -2 ** 100, -2 ** 64, -sys.maxsize - 1, -7, -1, 0, 1, 7, sys.maxsize, 2 ** 64, 2 ** 100]
lengths = [0, 1, 7, sys.maxsize, 2 ** 63, 2 ** 100]
seen = 0
for start, stop, step in itertools.product(vals, repeat=3):
    if step == 0:
        continue
    s = slice(start, stop, step)
    for length in lengths:
        r = s.indices(length)
        seen += 1
        if length <= 7 and seen % 37 == 0:
            print(s, length, r, list(range(*r)) == list(range(length))[s])
        elif seen % 211 == 0:
            print(s, length, r)
print("checked", seen)
print(slice(Idx(2), Idx(-1), Idx(2)).indices(Idx(2 ** 70)))
print(slice(None, None, -1).indices(2 ** 70))
print(slice(-3, None).indices(True))
for label, f in [("negative length", lambda: slice(0, 1).indices(-1)),
                 ("huge negative length", lambda: slice(0, 1).indices(-2 ** 80)),
                 ("zero step", lambda: slice(0, 1, 0).indices(5)),
                 ("length first", lambda: slice("a", 1, 0).indices(-1)),
                 ("step before start", lambda: slice("a", 1, 0).indices(5)),
                 ("start before stop", lambda: slice("a", "b").indices(5)),
                 ("float stop", lambda: slice(0, 1.5).indices(5)),
                 ("str length", lambda: slice(0, 1).indices("5")),
                 ("float length", lambda: slice(0, 1).indices(5.0))]:
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
