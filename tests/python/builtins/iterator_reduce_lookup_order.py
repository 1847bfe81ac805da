# An iterator's __reduce__ looks up the builtin it names (iter, or reversed for a list's reverse
# iterator) before it reads its own state, as CPython since gh-101765: a builtins key whose __eq__
# exhausts the iterator during that lookup makes the reduction that of an exhausted iterator.
import builtins
import array

builtins_dict = builtins.__dict__
orig = {"iter": iter, "reversed": reversed}


class EmptyIter:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise StopIteration


def run(builtin_name, item, sentinel=None):
    it = iter(item) if sentinel is None else iter(item, sentinel)

    class CustomStr:
        def __init__(self, name, iterator):
            self.name = name
            self.iterator = iterator

        def __hash__(self):
            return hash(self.name)

        def __eq__(self, other):
            list(self.iterator)
            return other == self.name

    del builtins_dict[builtin_name]
    builtins_dict[CustomStr(builtin_name, it)] = orig[builtin_name]
    try:
        return it.__reduce__()
    finally:
        del builtins_dict[builtin_name]
        builtins_dict[builtin_name] = orig[builtin_name]


def show(r):
    f, args = r[0], r[1:]
    return (f is orig["iter"] and "iter" or f is orig["reversed"] and "reversed" or repr(f)), args


for case in [("xyz",), ([1, 2, 3],), ((1, 2, 3),), (bytes(8),), (bytearray(8),), (EmptyIter(),),
             (lambda: 0, 0), (tuple[int],), (array.array("i", [1, 2]),)]:
    print(type(case[0]).__name__, show(run("iter", *case)))
print("reversed", show(run("reversed", reversed(list(range(8))))))
# without the mutating key, the ordinary reductions
for it in (iter("ab"), iter([1]), reversed([1, 2]), iter(bytes(2)), iter(lambda: 1, 0)):
    f, args = show(it.__reduce__())
    print(f, [[a.__name__ if callable(a) else a for a in x] if isinstance(x, tuple) else x for x in args])

# The builtin comes from the running code's builtins (exec with its own __builtins__), and a
# deleted one is an AttributeError.
def myiter(*a):
    return iter(*a)


def myreversed(*a):
    return reversed(*a)


ns = {"__builtins__": {"iter": myiter, "reversed": myreversed}}
exec("r1 = iter([1, 2]).__reduce__()\nr2 = reversed([1, 2]).__reduce__()", ns)
print(ns["r1"][0] is myiter, ns["r2"][0] is myreversed, ns["r1"][1:], ns["r2"][1:])
saved = builtins.iter
del builtins.iter
try:
    saved([1]).__reduce__()
except AttributeError as e:
    print("AttributeError", e)
finally:
    builtins.iter = saved
