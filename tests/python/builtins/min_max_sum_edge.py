# min/max/sum: defaults, keys, ties, empty inputs and error messages
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min((), default="empty"))
print(max([], default=None), min([1], default=0), max([1, 2], key=lambda x: -x))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(1, 1.0, True), min(1, 1.0, True), max(True, 1), min(0.0, -0.0, 0))
print(max("abc", "abd", "ab"), min([[1, 2], [1], [0, 5]]))
for args, kwargs in [((), {}), (([],), {}), ((5,), {}), ((1, 2), {"default": 0}),
                     (([1],), {"bogus": 1}), ((1, "a"), {}), (([1, 2],), {"key": 5})]:
    for fn in (min, max):
        try:
            print(fn(*args, **kwargs))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([], 5), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1, 2.5, True]), sum([2**64, 2**64]))
print(sum(x * x for x in range(5)), sum([1j, 2]), sum([], start=7))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray()), ([1, "a"],),
             (5,), ([None],), ([[1]],)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sum()
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
def gen():
    yield 5
    yield 2
    yield 9
print(max(gen()), min(gen()), sum(gen()))
print(max(map(abs, [-7, 3])), min(enumerate("zya"), key=lambda p: p[1]))
