# array.array is mutable and unhashable, as in CPython (__hash__ is None in its dict).
import array
import collections.abc

a = array.array("i", [1, 2])
for label, f in [("hash", lambda: hash(a)), ("set", lambda: {a}), ("dict key", lambda: {a: 1})]:
    try:
        f()
    except TypeError as e:
        print(label, "TypeError", e)
print(array.array.__hash__, isinstance(a, collections.abc.Hashable))


class Sub(array.array):
    def __hash__(self):
        return 7


print(hash(Sub("b", [1])))
