# itertools objects pickle and copy half-consumed (their __reduce__ and __setstate__), as in
# CPython 3.11; subclasses take their own __init__'s keywords; pairwise survives re-entry.
import copy
import itertools as I
import operator
import pickle


def describe(x):
    if hasattr(x, "__next__"):
        return type(x).__name__
    if isinstance(x, tuple):
        return tuple(describe(y) for y in x)
    if isinstance(x, list):
        return [describe(y) for y in x]
    if " at 0x" in repr(x):
        return type(x).__name__
    return x


def last(a, b):
    return b


def third(v):
    return v // 3


def makers():
    yield "accumulate", lambda: I.accumulate([1, 2, 3, 4])
    yield "accumulate-func-initial", lambda: I.accumulate([1, 2, 3], operator.mul, initial=5)
    yield "accumulate-none", lambda: I.accumulate([None, 1, 2], last)
    yield "zip_longest", lambda: I.zip_longest([1, 2], [3], fillvalue=0)
    yield "permutations", lambda: I.permutations("abc", 2)
    yield "product", lambda: I.product("ab", "cd", repeat=2)
    yield "product-empty", lambda: I.product("ab", "")
    yield "combinations", lambda: I.combinations("abcd", 2)
    yield "cwr", lambda: I.combinations_with_replacement("abc", 2)
    yield "islice", lambda: I.islice(range(10), 1, 8, 2)
    yield "islice-nostop", lambda: I.islice(range(6), 2, None)
    yield "cycle", lambda: I.cycle("ab")
    yield "groupby", lambda: I.groupby("aabbc")
    yield "groupby-key", lambda: I.groupby(range(9), third)
    yield "compress", lambda: I.compress("abc", [1, 0, 1])
    yield "dropwhile", lambda: I.dropwhile(bool, [1, 0, 1])
    yield "takewhile", lambda: I.takewhile(bool, [1, 0, 1])
    yield "filterfalse", lambda: I.filterfalse(bool, [1, 0, 1])
    yield "starmap", lambda: I.starmap(pow, [(2, 3), (3, 2)])
    yield "chain", lambda: I.chain("ab", "cd")
    yield "pairwise", lambda: I.pairwise("abcd")
    yield "count", lambda: I.count(3, 2)
    yield "repeat", lambda: I.repeat(3, 4)
    yield "tee", lambda: I.tee("abcde")[0]


def take(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


for name, make in makers():
    for consumed in (0, 1, 2, 7):
        it = make()
        head = take(it, consumed)
        try:
            r = it.__reduce__()
            shape = describe(r[1:])
        except TypeError as e:
            shape = "TypeError: %s" % e
        copies = []
        for how in ("copy", "deepcopy", 0, 2, 5):
            try:
                if how == "copy":
                    c = copy.copy(it)
                elif how == "deepcopy":
                    c = copy.deepcopy(it)
                else:
                    c = pickle.loads(pickle.dumps(it, how))
                rest = take(c, 6)
                if name == "groupby" or name == "groupby-key":
                    rest = [(k, list(g)) for k, g in rest]
                copies.append(rest)
            except Exception as e:
                copies.append("%s: %s" % (type(e).__name__, e))
        print(name, consumed, head if "groupby" not in name else len(head), shape, copies)

# A group pickles with its groupby while it is current, and as an empty iterator after.
g = I.groupby("aabbb")
k, grp = next(g)
print(k, describe(grp.__reduce__()[1]), list(pickle.loads(pickle.dumps(grp))))
next(g)
print(grp.__reduce__()[0] is iter, list(copy.copy(grp)))

# Tees made by one tee() share their pickled blocks: the copies stay in step after loading.
a, b = I.tee(range(200))
take(a, 60)
take(b, 3)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(take(a2, 3), take(b2, 3), a.__reduce__()[2][1], b.__reduce__()[2][1])
data = a.__reduce__()[2][0]
print(type(data).__name__, type(data).__module__, describe(data.__reduce__()[1])[0], len(data.__reduce__()[1][1]))

import weakref
print(type(weakref.ref(a)()).__name__)

# __setstate__ argument errors.
def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

attempt(I.chain().__setstate__, ())
attempt(I.chain().__setstate__, [])
attempt(I.chain().__setstate__, ([],))
attempt(I.chain().__setstate__, (iter([]), []))
attempt(I.chain().__setstate__, (iter([]), iter([]), 1))
p = I.permutations("abc", 2)
next(p)
attempt(p.__setstate__, 5)
attempt(p.__setstate__, ((0, 1, 2),))
attempt(p.__setstate__, ((0, 1), (1, 1)))
attempt(p.__setstate__, ([0, 1, 2], (1, 1)))
attempt(p.__setstate__, ((0, 1, 9), (-5, 9)))
print(p.__reduce__()[2], list(p))
c = I.combinations("abc", 2)
next(c)
attempt(c.__setstate__, 5)
attempt(c.__setstate__, (0, 9))
attempt(c.__setstate__, (0, "x"))
attempt(c.__setstate__, (0, 2 ** 70))
print(c.__reduce__()[2])
w = I.combinations_with_replacement("abc", 2)
next(w)
attempt(w.__setstate__, (-1, 9))
print(w.__reduce__()[2], list(w))
pr = I.product("abc", "de")
attempt(pr.__setstate__, (1, 1))
print(list(pr))
cy = I.cycle("defg")
attempt(cy.__setstate__, (list("abc"), 0))
print(take(cy, 12))
cy = I.cycle("defg")
attempt(cy.__setstate__, (list("abc"), 1))
print(take(cy, 12))
attempt(cy.__setstate__, ("abc", 1))
attempt(cy.__setstate__, 5)
t = I.tee([1])[0]
attempt(t.__setstate__, (1,))
attempt(t.__setstate__, (data, -1))
attempt(t.__setstate__, (data, 58))
attempt(t.__setstate__, 5)
attempt(I._tee_dataobject, 1, 2, 3)
attempt(I._tee_dataobject, iter([]), [0] * 58, None)
attempt(I._tee_dataobject, iter([]), [1], 5)
attempt(I._tee_dataobject, iter([]), [1], data)
attempt(I._grouper, 1, 2)
attempt(I.groupby("a").__setstate__, (1, 2))
acc = I.accumulate([1, 2, 3])
acc.__setstate__(10)
print(list(acc))
isl = I.islice(range(10), 2, 8, 3)
next(isl)
attempt(isl.__setstate__, "a")
attempt(isl.__setstate__, 2 ** 70)

# Subclasses: the keywords of their own __init__ are theirs; without one they are refused.
for cls, args in [(I.chain, ([1, 2], [3])), (I.cycle, ([1, 2],)), (I.islice, ([1, 2, 3, 4], 1, 3)),
                  (I.starmap, (operator.pow, [(2, 3)])), (I.takewhile, (bool, [1, 0])),
                  (I.dropwhile, (bool, [1, 0, 1])), (I.filterfalse, (None, [0, 1]))]:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    attempt(Plain, *args, **{"newarg": 3})
    attempt(cls, *args, **{"newarg": 3})
    u = WithInit(*args, newarg=3)
    print(cls.__name__, type(u).__name__, take(u, 3), u.newarg)


# pairwise whose input calls back into the pairwise object (test_pairwise_reenter).
def reenter(at, n):
    class Src:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in at:
                return next(it)
            return [self.count]

    it = I.pairwise(Src())
    print(sorted(at), take(it, n))


reenter({1}, 2)
reenter({2}, 3)
reenter({1, 4}, 3)
reenter({2, 3}, 3)


def reenter_end(maxcount):
    class Src:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = I.pairwise(Src())
    print(maxcount, list(it))


for m in (1, 2, 3, 4):
    reenter_end(m)
