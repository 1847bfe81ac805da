# Iterator corner cases where CPython's C iterators are observable:
#  1. a StopIteration raised by the function a builtin iterator calls (map's function, filter's
#     predicate, groupby's key, ...) is exhaustion to FOR_ITER and to PyIter_Next's users (list,
#     tuple, sum, min, max, str.join, dict, set, sorted, unpacking, `in`, ...), while next(),
#     __next__() and `yield from` see the StopIteration itself (its args, its value);
#  2. the sequence iterator over an object with only __getitem__ advances its index only after
#     __getitem__(index) returned;
#  3. a dict (or set, or deque) iterator whose container changed size keeps raising RuntimeError;
#  4. array.array's iterator is array.arrayiterator.
import array
import collections
import itertools


def f(x):
    if x == 3:
        raise StopIteration("boom", x)
    return x * 10


def show(label, thunk):
    try:
        print(label, thunk())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e.args)


print("--- 1. consumers that end quietly")
show("list", lambda: list(map(f, range(6))))
show("tuple", lambda: tuple(map(f, range(6))))
show("sum", lambda: sum(map(f, range(6))))
show("min", lambda: min(map(f, range(6))))
show("max", lambda: max(map(f, range(6))))
show("max default", lambda: max(map(f, range(3, 6)), default="empty"))
show("sorted", lambda: sorted(map(f, range(6)), reverse=True))
show("set", lambda: sorted(set(map(f, range(6)))))
show("frozenset", lambda: sorted(frozenset(map(f, range(6)))))
show("join", lambda: "-".join(map(str, map(f, range(6)))))
show("dict", lambda: dict(map(lambda x: (x, f(x)), range(6))))
show("dict.fromkeys", lambda: dict.fromkeys(map(f, range(6))))
show("deque", lambda: collections.deque(map(f, range(6))))
show("any", lambda: any(map(lambda x: f(x) > 100, range(6))))
show("all", lambda: all(map(lambda x: f(x) < 100, range(6))))
show("in", lambda: (99 in map(f, range(6)), 10 in map(f, range(6))))
show("bytes", lambda: bytes(map(f, range(6))))
show("bytearray", lambda: bytearray(map(f, range(6))))
show("array", lambda: array.array("i", map(f, range(6))).tolist())
show("star call", lambda: (lambda *a: a)(*map(f, range(6))))
show("list display", lambda: [*map(f, range(6)), "end"])
show("filter", lambda: list(filter(lambda x: x % 2 if x != 4 else f(3), range(10))))
show("listcomp", lambda: [x + 1 for x in map(f, range(6))])
show("genexp", lambda: list(x for x in map(f, range(6))))
show("setcomp", lambda: sorted({x for x in map(f, range(6))}))
show("enumerate", lambda: list(enumerate(map(f, range(6)))))
show("zip", lambda: list(zip(map(f, range(6)), "abcdefg")))
show("zip strict", lambda: list(zip(map(f, range(6)), "abc", strict=True)))
show("zip strict short", lambda: list(zip("abcd", map(f, range(6)), strict=True)))
show("chain", lambda: list(itertools.chain(map(f, range(6)), [99])))
show("cycle", lambda: list(itertools.islice(itertools.cycle(map(f, range(6))), 7)))
show("islice", lambda: list(itertools.islice(map(f, range(6)), 10)))
show("zip_longest", lambda: list(itertools.zip_longest(map(f, range(6)), "abcd")))
show("accumulate", lambda: list(itertools.accumulate(map(f, range(6)))))
show("starmap", lambda: list(itertools.starmap(f, [(i,) for i in range(6)])))
show("tee", lambda: [list(t) for t in itertools.tee(map(f, range(6)))])
show("groupby key", lambda: [(k, list(g)) for k, g in itertools.groupby(range(10), lambda x: f(x) // 20)])
show("list.extend", lambda: [1] + [0] * 0 + (lambda l: (l.extend(map(f, range(6))), l)[1])([1]))
show("list +=", lambda: (lambda l: (l.__iadd__(map(f, range(6))), l)[1])([2]))
show("set.update", lambda: (lambda s: (s.update(map(f, range(6))), sorted(s))[1])(set()))
show("Counter", lambda: sorted(collections.Counter(map(f, range(6))).items()))


def unpack_star():
    a, *b = map(f, range(6))
    return a, b


def unpack_short():
    a, b, c, d = map(f, range(6))
    return a, b, c, d


show("unpack star", unpack_star)
show("unpack short", unpack_short)


def for_loop(n):
    seen = []
    for x in map(f, range(n)):
        seen.append(x)
    else:
        seen.append("else")
    return seen


show("for", lambda: for_loop(6))
# warm the loop so the interpreter specializes it (and the JIT records it)
total = 0
for i in range(3000):
    total += len(for_loop(6))
print("for warmed", total)

print("--- 1. consumers that see the StopIteration")


def steps(label, make, n=5):
    it = make()
    got = []
    try:
        for _ in range(n):
            got.append(next(it))
    except StopIteration as e:
        got.append(("StopIteration", e.args))
    print(label, got)


steps("next map", lambda: map(f, range(6)))
steps("next filter", lambda: filter(lambda x: f(x + 3) > 100 or x, range(6)))
steps("next zip", lambda: zip(map(f, range(6))))
steps("next zip strict", lambda: zip(map(f, range(6)), strict=True))
steps("next enumerate", lambda: enumerate(map(f, range(6))))
steps("next map map", lambda: map(str, map(f, range(6))))
steps("next islice", lambda: itertools.islice(map(f, range(6)), 10))
steps("next starmap", lambda: itertools.starmap(f, [(i,) for i in range(6)]))
steps("next accumulate", lambda: itertools.accumulate(map(f, range(6))))
steps("next compress", lambda: itertools.compress(map(f, range(6)), itertools.repeat(1)))
steps("next filterfalse", lambda: itertools.filterfalse(lambda x: f(x) > 100, range(6)))
steps("next pairwise", lambda: itertools.pairwise(map(f, range(6))))
steps("next chain", lambda: itertools.chain(map(f, range(6)), "ab"))
steps("next zip_longest", lambda: itertools.zip_longest(map(f, range(6)), "ab"), 7)
steps("next tee", lambda: itertools.tee(map(f, range(6)))[0])
steps("next groupby", lambda: (k for k, _ in itertools.groupby(map(f, range(6)))))
steps("next genexp", lambda: (x for x in map(f, range(6))))
m = map(f, range(6))
print("first", next(m), next(m), next(m))
try:
    m.__next__()
except StopIteration as e:
    print("__next__", e.args, e.value)
print("after", list(m))


class Countdown:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("user", self.n)
        return self.n


steps("next user", Countdown)
steps("next map user", lambda: map(str, Countdown()))
steps("next enumerate user", lambda: enumerate(Countdown()))
steps("next zip user", lambda: zip(Countdown(), Countdown()))
print("list user", list(Countdown()), list(map(str, Countdown())))


def delegate():
    r = yield from map(f, range(6))
    yield ("map returned", r)
    r = yield from Countdown()
    yield ("user returned", r)


print("yield from", list(delegate()))


def reraise():
    yield next(map(f, range(3, 6)))


def returns_value():
    yield 1
    return "returned"


# a generator's return value is a StopIteration(value) to what calls its tp_iternext
steps("next gen", returns_value)
steps("next map gen", lambda: map(str, returns_value()))
steps("next enumerate gen", lambda: enumerate(returns_value()))
steps("next zip gen", lambda: zip(returns_value(), "ab"))
print("list gen", list(returns_value()), list(map(str, returns_value())))


def delegate_map_gen():
    r = yield from map(str, returns_value())
    yield ("returned through map", r)


print("yield from map gen", list(delegate_map_gen()))


try:
    list(reraise())
except RuntimeError as e:
    print("generator", type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.args)

class FailsOnce:
    """An iterator whose second __next__ raises ValueError and whose sixth ends it."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise ValueError("once")
        if self.n > 5:
            raise StopIteration
        return self.n


# islice, pairwise and zip_longest let go of their input once it raised; the others ask again
for label, make in [("islice", lambda: itertools.islice(FailsOnce(), 10)), ("pairwise", lambda: itertools.pairwise(FailsOnce())),
                    ("zip_longest", lambda: itertools.zip_longest(FailsOnce(), "ab")), ("map", lambda: map(str, FailsOnce())),
                    ("zip", lambda: zip(FailsOnce())), ("enumerate", lambda: enumerate(FailsOnce())),
                    ("accumulate", lambda: itertools.accumulate(FailsOnce())), ("chain", lambda: itertools.chain(FailsOnce(), "x")),
                    ("cycle", lambda: itertools.cycle(FailsOnce())), ("filterfalse", lambda: itertools.filterfalse(None, FailsOnce()))]:
    it = make()
    got = []
    for _ in range(8):
        try:
            got.append(next(it))
        except ValueError:
            got.append("ValueError")
        except StopIteration:
            got.append("StopIteration")
            break
    print("after an error", label, got)


def traced_loop():
    out = []
    for x in map(f, range(6)):
        out.append(x)
    return out


events = []


def tracer(frame, event, arg):
    if frame.f_code is traced_loop.__code__:
        events.append((event, frame.f_lineno - traced_loop.__code__.co_firstlineno,
                       arg[0].__name__ if event == "exception" else None))
    return tracer


import sys

sys.settrace(tracer)
result = traced_loop()
sys.settrace(None)
print("traced", result, events)


class MapSubclass(map):
    pass


def traced_subclass_loop():
    out = []
    for x in MapSubclass(abs, [-1, -2]):
        out.append(x)
    return out


events = []
traced_loop = traced_subclass_loop
sys.settrace(tracer)
result = traced_subclass_loop()
sys.settrace(None)
print("traced map subclass (no StopIteration to report)", result, [e for e in events if e[0] == "exception"],
      sum(e[0] == "line" for e in events))

print("--- 1. iter(callable, sentinel)")


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  __eq__ of", self.name)
        return False

    __hash__ = None


calls = iter(lambda: Loud("result"), Loud("sentinel"))
next(calls)


def spam():
    # a call of the iterator from inside its own callable exhausts it: the outer call then ends too
    if spam.again:
        return "no more"
    spam.again = True
    print("  inner", list(spam.iterator))
    return "more"


spam.again = False
spam.iterator = iter(spam, "no more")
print("reentrant", next(spam.iterator, "exhausted"), next(spam.iterator, "exhausted"))

print("--- 2. __getitem__ iterator index")


class Nested:
    def __init__(self):
        self.calls = []
        self.it = None

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= 6:
            raise IndexError(i)
        if i == 1 and self.calls.count(1) == 1:
            # the iterator has not advanced yet: this next() asks for index 1 again
            inner = next(self.it)
            return ("outer", i, "inner", inner)
        return i


n = Nested()
n.it = iter(n)
print(list(n.it), n.calls)


class Flaky:
    def __init__(self):
        self.failed = False

    def __getitem__(self, i):
        if i == 2 and not self.failed:
            self.failed = True
            raise ValueError("flaky", i)
        if i >= 4:
            raise IndexError
        return i


it = iter(Flaky())
got = [next(it), next(it)]
try:
    next(it)
except ValueError as e:
    got.append(e.args)
got.extend(it)
print("after an error the same index again", got)


class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration("ignored")
        return i


it = iter(Stopper())
print("StopIteration from __getitem__", list(it), next(it, "exhausted"))


class Sized:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i

    def __len__(self):
        return self.n


it = iter(Sized(5))
print("length hint", it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(Sized(1))
print("length hint past len", next(it), next(it), it.__length_hint__())
print("length hint without len", iter(Stopper()).__length_hint__())

print("--- 3. dict and set iterators after a size change")


def after_resize(label, container, make, grow, shrink):
    it = make(container)
    first = next(it)
    grow(container)
    seen = [first]
    for _ in range(3):
        try:
            seen.append(next(it))
        except RuntimeError as e:
            seen.append(str(e))
        except StopIteration:
            seen.append("StopIteration")
    shrink(container)
    try:
        seen.append(list(it))
    except RuntimeError as e:
        seen.append("list: " + str(e))
    seen.append(it.__length_hint__())
    print(label, seen)


def dict_grow(d):
    d[9] = 9


def dict_shrink(d):
    del d[9]


for label, make in [("keys", iter), ("values", lambda d: iter(d.values())), ("items", lambda d: iter(d.items())),
                    ("reversed", reversed), ("reversed values", lambda d: reversed(d.values())),
                    ("reversed items", lambda d: reversed(d.items()))]:
    after_resize(label, {1: 1, 2: 2, 3: 3}, make, dict_grow, dict_shrink)
after_resize("set", {1, 2, 3}, iter, lambda s: s.add(9), lambda s: s.discard(9))

d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
del d[1]
d[4] = 4
try:
    list(it)
except RuntimeError as e:
    print("keys changed:", e, next(it, "then exhausted"))

d = {1: 1}
it = iter(d)
print(next(it), next(it, "exhausted"))
d[2] = 2
print("an exhausted iterator stays exhausted:", next(it, "exhausted"), it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d.items())
print("length hint", it.__length_hint__(), next(it), it.__length_hint__())


def loop_resize():
    d = {i: i for i in range(5)}
    out = []
    it = iter(d)
    try:
        for k in it:
            if k == 2:
                d[10] = 10
            out.append(k)
    except RuntimeError as e:
        out.append(str(e))
    try:
        for k in it:
            out.append(k)
    except RuntimeError as e:
        out.append("again: " + str(e))
    return out


print(loop_resize())
for _ in range(3000):
    r = loop_resize()
print("loop warmed", r)


def deque_after_mutation(label, make):
    d = collections.deque([1, 2, 3])
    it = make(d)
    seen = [next(it)]
    d.append(4)
    for _ in range(2):
        try:
            seen.append(next(it))
        except RuntimeError as e:
            seen.append(str(e))
        except StopIteration:
            seen.append("StopIteration")
    print(label, seen)


deque_after_mutation("deque", iter)
deque_after_mutation("reversed deque", reversed)
d = collections.deque([1])
it = iter(d)
rit = reversed(d)
print(list(it), list(rit))
d.append(2)
for it in (it, rit):
    try:
        print("exhausted, then mutated:", next(it, "exhausted"))
    except RuntimeError as e:
        print("exhausted, then mutated:", e)
d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
try:
    next(it)
except RuntimeError:
    pass
del d[3]
try:
    print(it.__reduce__())
except RuntimeError as e:
    print("reduce after the error:", e)
s = {1, 2}
it = iter(s)
s.add(3)
try:
    next(it)
except RuntimeError:
    pass
s.discard(3)
try:
    print(it.__reduce__())
except RuntimeError as e:
    print("set reduce after the error:", e)

print("--- 4. array iterator")
a = array.array("i", [1, 2, 3])
it = iter(a)
t = type(it)
print(t.__name__, t.__qualname__, t.__module__, t)
print(repr(it).split(" object at ")[0])
print(next(it), it.__reduce__()[1:], list(it), it.__reduce__()[1:])
it = iter(a)
it.__setstate__(2)
print(list(it))
it = iter(a)
it.__setstate__(-5)
print(list(it))
it = iter(a)
it.__setstate__(99)
print(list(it))
print(hasattr(iter(a), "__length_hint__"), type(iter(array.array("d"))) is t)
try:
    t()
except TypeError as e:
    print("new:", e)


class ArraySub(array.array):
    def __getitem__(self, i):
        return "overridden"


print("subclass items", list(ArraySub("i", [4, 5])), type(iter(ArraySub("i"))).__name__)
a = array.array("b", [1, 2, 3, 4])
it = iter(a)
print(next(it), next(it))
del a[1:]
print("the array shrank:", list(it), it.__reduce__()[1:])
a.extend([7, 8])
print("exhausted for good:", list(it))

print("--- 2. reversed() over __getitem__")


class Backwards:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 2:
            raise ValueError(i)
        return i


r = reversed(Backwards())
got = [next(r)]
try:
    next(r)
except ValueError as e:
    got.append(("ValueError", e.args))
print("reversed ends after an error", got, list(r), r.__reduce__()[1:])
