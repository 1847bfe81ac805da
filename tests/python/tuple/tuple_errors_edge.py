# tuple methods, operators, construction, hashing and their error messages
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.index(3, -3, 4), t.count(2), t.count(9), len(t))
for args in [(9,), (2, 0, 1), (1, 1), ()]:
    try:
        t.index(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t[1:], t[::-1], t[-1], t[10:], t[:-10], t[::2], (1,) * 3, 0 * (1,), (1, 2) + (3,))
for op in [lambda: t + [1], lambda: t + "a", lambda: t * 1.5, lambda: t["a"], lambda: t[10],
           lambda: t[-10], lambda: t < 5, lambda: t * 2**100, lambda: t.__setitem__(0, 1)]:
    try:
        op()
    except (TypeError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
x = (1, [2])
try:
    x[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, x)
print(tuple(), tuple("ab"), tuple([1, 2]), tuple({3: 4}), tuple(range(3)), tuple(x for x in "hi"))
for bad in [(5,), (1, 2), (None,)]:
    try:
        tuple(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2.0)) == hash((1, 2)))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, "a")) == hash((1, "a")))
for bad in [(1, []), ([],), (1, {}), ((1, [2]),)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(()), repr((1,)), repr((1, 2)), repr(((),)), str(("a", 'b"')), repr((None, ...)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1.0, 2.0), (1,) != (1,))
n = float("nan")
print((n,) == (n,), (n, 1) < (n, 2), n in (n,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
a, *b = (1, 2, 3)
print(a, b, type(b).__name__)
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def first(self):
        return self[0]
v = T(5, 6)
print(v, v.first(), type(v + (1,)).__name__, type(v[:]).__name__, v == (5, 6), isinstance(v, tuple))
class Pt(tuple):
    __slots__ = ()
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Pt(%r, %r)" % self
p = Pt((3, 4))
print(p, p.x, hash(p) == hash((3, 4)))
try:
    p.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
print((1, 2, 3).__getitem__(slice(1, None)), (1, 2).__contains__(2), (1,).__len__())
big = tuple(range(1000))
print(big[500], big[-1], len(big + big), big.index(999), sum(big))
t = (1, 2)
t += (3,)
print(t)
t *= 2
print(t)
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(*[1, 2]))
print(tuple.__name__, tuple.__mro__, (1,).__class__)
