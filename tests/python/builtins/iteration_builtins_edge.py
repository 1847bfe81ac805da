# zip/map/filter/enumerate/iter/next/reversed: laziness, strict=, sentinels, errors
print(list(zip()), list(zip([1, 2])), list(zip("ab", range(5), [True, False, None])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1]), ([1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(1,), ([1], None)]:
    try:
        zip(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
print(list(map(pow, [2, 3], [5, 2, 9])), list(map(str.upper, "ab")), list(map(lambda: 1, [])))
for args in [(), (len,), (5, [1]), (len, 5)]:
    try:
        list(map(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, (1, 2, 3))))
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("x", start=-3)))
print(list(enumerate("ab", 2**70)))
for args, kw in [((), {}), ((5,), {}), (("a", "b"), {}), (("a",), {"start": "s"})]:
    try:
        enumerate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
ci = iter(tick, 100)
print(type(ci).__name__, next(ci))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), list(reversed([1, 2, 3])))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())), list(reversed(range(3))), list(reversed("abc")), list(reversed((1, 2))))
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
print(list(reversed(LenGet())))
for bad in [5, {1: 2}, {1}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class NotIterNext:
    def __iter__(self):
        return 5
try:
    iter(NotIterNext())
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
e = enumerate("ab")
print(iter(e) is e, next(e), list(e))
print(all([]), any([]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])))
