# Slice deletion and assignment move the tail in place: results, and sizes as CPython's
# list_resize leaves them, for every kind of slice; a loop deleting from the end of a long
# list stays linear.
import random
rng = random.Random(5)
for trial in range(300):
    n = rng.randrange(0, 30)
    l = list(range(n))
    start = rng.choice([None, rng.randrange(-35, 35)])
    stop = rng.choice([None, rng.randrange(-35, 35)])
    step = rng.choice([None, 1, -1, 2, -2, 3, -3, 7])
    s = slice(start, stop, step)
    a = list(l)
    del a[s]
    b = list(l)
    try:
        if step in (None, 1):
            b[s] = ['x'] * rng.randrange(0, 6)
        else:
            b[s] = ['y'] * len(range(*s.indices(n)))
    except ValueError as e:
        b = str(e)
    print(trial, s, a, a.__sizeof__(), b, b.__sizeof__() if isinstance(b, list) else '')
l = list(range(100))
l[10:10] = l            # a list given itself
print(len(l), l[:15], l.__sizeof__())
del l[::-1]
print(l, l.__sizeof__())
l = [1, 2, 3]
l[1:2] = (7, 8, 9)
l[:0] = iter([0])
l[len(l):] = 'ab'
print(l, l.__sizeof__())
big = list(range(200000))
while big:
    del big[-10:]
print(big, big.__sizeof__())
big = list(range(100000))
for i in range(50000):
    big[-1:] = []
print(len(big), big[-3:])
