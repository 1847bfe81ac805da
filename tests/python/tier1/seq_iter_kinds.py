# Sequence iterators of every kind through one specialized FOR_ITER site and the loop's back edge:
# list, tuple, str and their subclasses, any __getitem__ sequence, exhausted iterators called again,
# lists that grow or shrink while iterated, and pickling state across the kinds.
import pickle


class L(list):
    pass


class T(tuple):
    pass


class S(str):
    pass


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class StopsWithStop:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return -i


class Raises:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("boom")
        return i


def total(seq):
    n = 0
    for x in seq:
        n += x if isinstance(x, int) else len(x)
    return n


def kinds():
    return [[1, 2, 3], (4, 5), "héllo", L([6, 7]), T((8, 9)), S("ab"), Squares(), StopsWithStop(), [], (), ""]


for _ in range(40):
    results = [total(s) for s in kinds()]
print(results)

try:
    total(Raises())
except KeyError as e:
    print("KeyError", e)

for s in kinds():
    it = iter(s)
    print(type(it).__name__, list(it), next(it, "done"), next(it, "done"))

grow = [1, 2]
seen = []
for x in grow:
    seen.append(x)
    if x < 6:
        grow.append(x + 2)
print(seen)

shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    del shrink[0]
print(seen, shrink)

it = iter([1, 2, 3])
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
it.__setstate__(0)
print(list(it))

for s in ([1, 2, 3], (1, 2, 3), "abc"):
    it = iter(s)
    next(it)
    copy = pickle.loads(pickle.dumps(it))
    print(list(copy), list(it), list(pickle.loads(pickle.dumps(it))))
