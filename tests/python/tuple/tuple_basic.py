t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, (), (1,), tuple(), tuple([1, 2]), tuple("ab"))
print(t.index("two"), t.count(1), 3.0 in t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print((1, 2) == (1, 2), (1, 2) == [1, 2], hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(repr((1,)), repr(()), str((None,)), ((),), tuple(range(3)))
for thunk in [lambda: t[5], lambda: t.index(99), lambda: (1,) + [2],
              lambda: hash(([],)), lambda: tuple(5)]:
    try:
        thunk()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
tt = (l, 2)
l.append(3)
print(tt)
print(max((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)), tuple(reversed((1, 2, 3))))
print(tuple(x * 2 for x in range(3)), (1, 2, 3)[1:2], type((1, 2)[1:2]).__name__)
t2 = (1, 2)
t3 = t2
t2 += (3,)
print(t2, t3)
