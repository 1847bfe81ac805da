# list methods and operators at their edges, with CPython's messages
a = [1, 2, 3, 2]
print(a.index(2), a.index(2, 2), a.index(2, -2), a.index(3, 0, 3), a.count(2), a.count("x"))
for args in [(5,), (2, 0, 1), (1, 1), (1, "a")]:
    try:
        a.index(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [[], [1]]:
    try:
        bad.pop(5)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].remove(2)
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b.insert(100, "end")
b.insert(-100, "start")
b.insert(-1, "mid")
print(b, b.pop(-2), b.pop(0), b)
print([1, 2] * 0, [1, 2] * -5, [0] * 3, 2 * [None], [] * 10**10)
c = [1]
c *= 3
print(c)
c *= 0
print(c)
for x in ["ab", (1,), {3: 4}, range(2)]:
    d = [0]
    d += x
    print(d)
for bad in [5, None]:
    try:
        d = [0]
        d += bad
    except TypeError as e:
        print(type(e).__name__, e)
S, F = "a", 1.0
for op in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] * "a",
           lambda: [1][S], lambda: [1][F], lambda: [1][5], lambda: [1][-2],
           lambda: [1] < 1, lambda: [1] * 2**100, lambda: [1][2**100]]:
    try:
        op()
    except (TypeError, IndexError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
e = [0, 1, 2, 3, 4, 5]
e[::2] = "abc"
print(e)
try:
    e[::2] = [1, 2]
except ValueError as x:
    print(type(x).__name__, x)
try:
    e[::-1] = range(2)
except ValueError as x:
    print(type(x).__name__, x)
e[1:3] = []
print(e)
e[1:1] = [9, 9]
print(e)
e[5:] = range(3)
print(e)
del e[::3]
print(e)
del e[100:]
print(e)
try:
    e[0:1] = 5
except TypeError as x:
    print(type(x).__name__, x)
try:
    e[::0]
except ValueError as x:
    print(type(x).__name__, x)
try:
    del e[10]
except IndexError as x:
    print(type(x).__name__, x)
try:
    e[10] = 1
except IndexError as x:
    print(type(x).__name__, x)
f = [1, 2, 3]
f[1:2] = f
print(f)
f = [1, 2]
f.extend(f)
print(f)
print([1, 2] == [1, 2.0], [1, [2]] < [1, [3]], [] < [0], [1, 2] > [1], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(list(range(5))[::-1], list(range(10))[2:8:3], list(range(10))[-3:], list(range(10))[100:], list(range(5))[-100:2])
g = [3, 1, 2]
g.reverse()
print(g, g.copy() is not g, g.clear(), g)
try:
    list(1, 2)
except TypeError as x:
    print(type(x).__name__, x)
try:
    list(5)
except TypeError as x:
    print(type(x).__name__, x)
try:
    hash([])
except TypeError as x:
    print(type(x).__name__, x)
print(list("abc"), list({1: 2}), list(), [*range(3), *"ab"])
class L(list):
    pass
l = L([3, 1])
l.sort()
print(l, type(l + [1]).__name__, type(l * 2).__name__, type(l[:]).__name__, repr(L()))
print([1, 2, 3].__contains__(2), [1].__len__(), [[]] * 2, [i for i in [1, 2] if i > 1])
