# Where CPython reads a builtin base's own storage and where it asks the subclass: reversed() of a
# list subclass uses the list's real size (not an overridden __len__); set()/frozenset()/union of
# a dict subclass iterate it through its own __iter__ (only an exact dict's keys are read directly);
# repr of a class whose __module__ is 'builtins' shows its name, not its qualname.
class L(list):
    def __len__(self):
        return 100


class LRaising(list):
    def __len__(self):
        raise ValueError("len!")


class D(dict):
    def __iter__(self):
        return iter(["overridden"])


for _ in range(30):
    r = (list(reversed(L([1, 2, 3]))), list(reversed(LRaising([1, 2, 3]))),
         reversed(L([1, 2])).__length_hint__())
print(r)
it = reversed(L([1, 2, 3]))
it.__setstate__(50)
print(list(it))
d = D(a=1)
for _ in range(30):
    r = (set(d), frozenset(d), set().union(d), list(d), set(dict(a=1)))
print(r)
s = set()
s.update(d)
print(s)


class C:
    pass


C.__module__ = "builtins"
C.__qualname__ = "Outer.C"
print(repr(C), repr(C()).split(" at ")[0])


class E:
    class Inner:
        pass


E.Inner.__module__ = "builtins"
print(repr(E.Inner))
G = type("O", (), {"__module__": "builtins", "__qualname__": "Ox"})
print(repr(G))
G.__name__ = "Renamed"
print(repr(G))
