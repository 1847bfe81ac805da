# Builtin iterators pickle and copy half-consumed: __reduce__ names iter (or the class) with
# what the iterator walks and how far it got; __setstate__ moves it (clamped).
import copy
import pickle


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)


class Short:
    """len() says 5 but items stop at index 2: reversed stops quietly at the IndexError."""

    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


def show_reduce(r):
    # Iterators inside a reduction print with their address: name their type instead.
    def clean(x):
        if isinstance(x, tuple):
            return tuple(clean(v) for v in x)
        if type(x).__name__.endswith("iterator") or type(x).__name__ in ("iterator", "method-wrapper", "Seq"):
            return "<%s>" % type(x).__name__
        return x

    return clean(r)


makers = [
    ("list", lambda: iter([1, 2, 3, 4])),
    ("list reversed", lambda: reversed([1, 2, 3, 4])),
    ("tuple", lambda: iter((1, 2, 3, 4))),
    ("range", lambda: iter(range(0, 10, 3))),
    ("range down", lambda: iter(range(10, 0, -3))),
    ("range reversed", lambda: reversed(range(5))),
    ("long range", lambda: iter(range(2**70, 2**70 + 4))),
    ("str", lambda: iter("abcd")),
    ("bytes", lambda: iter(b"abcd")),
    ("bytearray", lambda: iter(bytearray(b"abcd"))),
    ("enumerate", lambda: enumerate("abcd", 5)),
    ("enumerate big", lambda: enumerate("abcd", 2**70)),
    ("reversed str", lambda: reversed("abcd")),
    ("zip", lambda: zip("abcd", [1, 2, 3, 4])),
    ("zip strict", lambda: zip("abcd", [1, 2, 3, 4], strict=True)),
    ("map", lambda: map(str.upper, "abcd")),
    ("map 2", lambda: map(pow, [2, 3, 4, 5], [2, 2, 2, 2])),
    ("filter", lambda: filter(None, [0, 1, 0, 2, 3, 4])),
    ("set", lambda: iter({1, 2, 3, 4})),
    ("dict keys", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"})),
    ("dict values", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"}.values())),
    ("dict items", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"}.items())),
    ("dict reversed", lambda: reversed({1: "a", 2: "b", 3: "c", 4: "d"})),
    ("callable", lambda: iter(iter([1, 2, 3, 4, None, 5]).__next__, None)),
    ("getitem", lambda: iter(Seq())),
]

for name, make in makers:
    it = make()
    next(it)
    print(name, type(it).__name__, show_reduce(it.__reduce__()))
    c = copy.copy(it)
    print("  copy", list(c), "original", list(it))
    it = make()
    next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        if isinstance(it, type(iter(Seq()))):
            break  # a local class's instance: pickled by reference, fine, but skip the module lookup
        print("  pickle", proto, list(pickle.loads(pickle.dumps(it, proto))))
    for _ in it:
        pass
    print("  exhausted", show_reduce(it.__reduce__()), list(copy.copy(it)))

# __setstate__ clamps, validates, and does nothing once exhausted
for make in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter("abc"), lambda: iter(b"abc"),
             lambda: iter(range(3)), lambda: iter(range(2**70, 2**70 + 3)), lambda: reversed([1, 2, 3]),
             lambda: reversed("abc"), lambda: iter(Seq())):
    for state in (-5, -1, 0, 1, 2, 10, True):
        it = make()
        it.__setstate__(state)
        print(type(it).__name__, state, list(it))
    for state in ("x", 2.5, 2**70):
        it = make()
        if state == 2.5 and type(it).__name__ == "longrange_iterator":
            continue  # CPython stores the float and fails later, in __length_hint__
        try:
            it.__setstate__(state)
            print(type(it).__name__, state, list(it))
        except (TypeError, OverflowError) as e:
            print(type(it).__name__, repr(state), type(e).__name__, e)
    it = make()
    for bad in ((), (1, 2)):
        try:
            it.__setstate__(*bad)
        except TypeError as e:
            print(" ", e)
    try:
        it.__reduce__(1)
    except TypeError as e:
        print(" ", e)

it = iter([1, 2, 3])
list(it)
it.__setstate__(0)
print("exhausted list iterator stays exhausted", list(it))
it = reversed([1, 2, 3])
next(it), next(it), next(it)
it.__setstate__(1)
print("reversed before its failing step", list(it))

z = zip("ab", "c")
z.__setstate__(True)
print(show_reduce(z.__reduce__()))
try:
    list(z)
except ValueError as e:
    print("ValueError", e)
z = zip("ab", "c", strict=True)
z.__setstate__(0)
print(show_reduce(z.__reduce__()), list(z))

# set and dict iterators: the reduction copies what is left and leaves the iterator where it was
s = {10, 20, 30}
it = iter(s)
first = next(it)
r = it.__reduce__()
print(sorted(r[1][0]) == sorted(s - {first}), sorted(list(it)) == sorted(s - {first}))
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
s = {1}
it = iter(s)
s.add(2)
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)

# reversed over a sequence that runs out early stops at IndexError, as its __next__ does
print(list(reversed(Short())))


class MyEnumerate(enumerate):
    pass


class MyReversed(reversed):
    pass


e = MyEnumerate("xyz")
next(e)
print(type(e.__reduce__()[0]).__name__, e.__reduce__()[0].__name__, list(copy.copy(e)))
r = MyReversed("xyz")
next(r)
print(e.__reduce__()[0].__name__, r.__reduce__()[0].__name__, r.__reduce__()[1:], list(copy.copy(r)))

# every builtin type has a __doc__ of its own (None without a docstring): no instance finds
# object's docstring through the MRO
print(iter([]).__doc__, iter(range(1)).__doc__, '__doc__' in type(iter(())).__dict__)
print(type(iter({})).__doc__, type.__dict__['__name__'].__doc__ is None or isinstance(type.__dict__['__name__'].__doc__, str))
class C:
    pass
class D:
    """D's doc"""
print(C.__doc__, C().__doc__, D.__doc__, D().__doc__)

# reversed's __length_hint__ asks the sequence's len() each time (an error propagates)
import operator


class WeirdLen:
    called = False

    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError

    def __getitem__(self, index):
        return index


r = reversed(WeirdLen())
try:
    operator.length_hint(r)
except ZeroDivisionError:
    print("ZeroDivisionError from len")
for s in ("hello", tuple("hello"), list("hello"), range(5)):
    r = reversed(s)
    print(operator.length_hint(r), end=" ")
    list(r)
    print(operator.length_hint(r))
l = [1, 2, 3, 4]
r = reversed(l)
del l[1:]
print(operator.length_hint(r), list(r))
