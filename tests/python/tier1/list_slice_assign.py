# a[i:j] = v with step 1: an exact list or tuple of the same length is copied over the slice in
# place; other lengths, other iterables, the list itself, subclasses and extended slices keep
# CPython's list_ass_slice behaviour (sizes, order of evaluation, errors).
class L(list):
    def __iter__(self):
        return iter([99] * len(self))

def show(a, lo, hi, v):
    try:
        a[lo:hi] = v
        return a
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

base = list(range(8))
for lo, hi in ((0, 3), (2, 5), (-3, None), (None, 2), (5, 2), (3, 3), (-100, 100), (6, 100)):
    for v in ([10, 11, 12], (20, 21, 22), [30], [], (), [1, 2, 3, 4, 5, 6, 7, 8, 9], L([7, 7, 7]),
              iter([40, 41, 42]), "abc", {50: 0, 51: 1, 52: 2}, 5, None):
        print(lo, hi, type(v).__name__, show(list(base), lo, hi, v))
a = list(range(6))
a[:3] = a
print(a)
a = list(range(6))
a[1:4] = a[0:3]
print(a)
a = list(range(6))
a[::2] = (9, 9, 9)
print(a, show(list(range(6)), None, None, a), show(a, 0, 2, a[4:6]))
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
work = list(range(9))
flips = 0
first = 5
for _ in range(2000):
    work[:first + 1] = work[first::-1]
    flips += 1
    first = work[0] or 4
print(work, flips)
t = (1, 2)
a = [0, 0, 0]
a[1:] = t
a[:0] = t
print(a)
