# array.array and collections.deque: __add__/__mul__/__rmul__ in the type's dict, repetition
# (also in place) refused with MemoryError when the size overflows instead of looping.
import array, collections, sys
a = array.array('d', [1.0, 2.0])
for args in ((array.array('f'),), (array.array('d', [3.0]),), (1,), ()):
    try: print(a.__add__(*args))
    except TypeError as e: print("TypeError", e)
for n in (2, 0, -1, "x", 2.0, True):
    try: print(a.__mul__(n), a.__rmul__(n))
    except TypeError as e: print("TypeError", e)
print(a * 3, 3 * a, a + a)
b = array.array('b', [1, 2]); b *= 3; print(b); b *= 0; print(b)
c = array.array('u', 'ab'); print(c * 2)
for big in (sys.maxsize, sys.maxsize // 2 + 1):
    try: array.array('b', [1, 2]) * big
    except MemoryError: print("MemoryError")
    x = array.array('b', [1, 2])
    try: x *= big
    except MemoryError: print("MemoryError", len(x))
print(array.array('b') * sys.maxsize)
d = collections.deque([1, 2])
print(d.__add__(collections.deque([3])), d.__mul__(2), d.__rmul__(2), 2 * d, d * 0)
try: d.__add__([1])
except TypeError as e: print("TypeError", e)
class A(array.array): pass
print(A('i', [1]) + A('i', [2]), type(A('i', [1]) * 2).__name__)
class D(collections.deque): pass
print(D([1]) + D([2]), type(D([1]) * 2).__name__)
print(type(array.array.__add__).__name__ in ('wrapper_descriptor', 'method_descriptor'))
# counts out of range or not ints: the operator's and the method's messages (list, tuple, str too)
for x in ([1], array.array('i', [1]), collections.deque([1]), (1,), "a", b"a"):
    r = []
    for n in (1.5, 2**100, -2**100, "x"):
        try:
            r.append(repr(x * n)[:20])
        except Exception as e:
            r.append("%s: %s" % (type(e).__name__, e))
        try:
            r.append(repr(x.__mul__(n))[:20])
        except Exception as e:
            r.append("%s: %s" % (type(e).__name__, e))
    print(type(x).__name__, r)
for maxlen in (None, 5):
    d = collections.deque([1, 2], maxlen=maxlen)
    try:
        d *= 2**62
        print(d)
    except MemoryError:
        print("MemoryError", maxlen)
d = collections.deque([1, 2], maxlen=5)
d *= 2**40
print(d)


class NoInit(array.array):
    pass


try:
    NoInit('i', [1], x=1)
except TypeError as e:
    print("TypeError", e)
