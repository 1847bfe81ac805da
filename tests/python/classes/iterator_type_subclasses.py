# Subclasses of the builtin iterator types enumerate, zip, map, filter and reversed:
# instances are of the subclass, carry a __dict__ (or __slots__), and overridden methods run.


class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        self.seen = getattr(self, "seen", 0) + 1
        return i + self.offset, v


n = Numbered("abc", 1)
n.offset = 100
print(list(n), n.seen, type(n).__name__, isinstance(n, enumerate), vars(n))


class Pairs(zip):
    __slots__ = ("label",)


p = Pairs("ab", [1, 2])
p.label = "pairs"
print(p.label, list(p), hasattr(p, "__dict__"))
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Doubled(map):
    pass


d = Doubled(lambda x: x * 2, range(4))
d.note = "x2"
print(d.note, list(d), Doubled.__mro__[1].__name__)


class Evens(filter):
    def __init__(self, func, seq):
        self.kept = 0


e = Evens(lambda x: x % 2 == 0, range(10))
print([x for x in e], e.kept, type(e).__name__)


class Backwards(reversed):
    def __next__(self):
        return super().__next__().upper()


b = Backwards("abc")
b.tag = 1
print(b.__length_hint__(), list(b), b.tag, b.__length_hint__(), type(b).__name__)
# a sequence with its own __reversed__ gets that method's result, whatever class was called
print(type(Backwards([1, 2])).__name__, list(Backwards([1, 2])), type(Backwards(range(3))).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "s%d" % i


s = Backwards(Seq())
print(type(s).__name__, isinstance(s, reversed), list(s))
for bad in [(5,), (), ("ab", 1)]:
    try:
        Backwards(*bad)
    except TypeError as ex:
        print("TypeError:", ex)
print(type(reversed("ab")).__name__, type(reversed([1])).__name__, type(reversed((1,))).__name__)
try:
    reversed("ab").x = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    enumerate("ab").x = 1
except AttributeError as ex:
    print("AttributeError:", ex)

# a hot loop over subclass instances (the JIT's modes run this too)
total = 0
for k in range(3000):
    it = Numbered(range(3), k)
    it.offset = k
    for i, v in it:
        total += i - v
    total += it.seen
print(total)
