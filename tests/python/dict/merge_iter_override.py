# dict(m), d.update(m), {**m} and f(**m) copy a dict entry by entry only when its class keeps
# dict's __iter__; an OrderedDict or a dict subclass iterating its own way is read through keys().
import collections

od = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(list(dict(od).items()), list({**od}.items()))
e = {}
e.update(od)
print(list(e.items()))


def f(**kw):
    return list(kw.items())


print(f(**od))


class Reversed(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))

    __iter__ = keys


r = Reversed([("a", 1), ("b", 2), ("c", 3)])
print(list(dict(r).items()), list({**r}.items()), f(**r))


class OnlyKeys(dict):
    # keys() alone does not count: dict's own __iter__ is kept, so the entries are copied
    def keys(self):
        return ["a"]


k = OnlyKeys(a=1, b=2)
print(dict(k), {**k}, f(**k))


class Items(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self), reverse=True))

    def __getitem__(self, key):
        return dict.__getitem__(self, key) * 10


i = Items(x=1, y=2)
print(dict(i), {**i}, f(**i))
