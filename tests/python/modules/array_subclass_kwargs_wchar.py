# array.array: a subclass's keyword arguments go to its __init__ (array.__new__ ignores them),
# and a 'u' array holding a wchar_t past U+10FFFF refuses to make it a str, as CPython does.
import array


class WithKwargs(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


w = WithKwargs('b', newarg=1)
print(type(w).__name__, w, w.newarg)
w = WithKwargs("i", newarg=3)
print(w, w.newarg)
try:
    array.array('b', newarg=1)
except TypeError as e:
    print("TypeError", e)

a = array.array('u', b'\xff\xff\xff\xff' + b'a\x00\x00\x00')
for f in (lambda: a.tounicode(), lambda: str(a), lambda: a[0], lambda: repr(a), lambda: list(a),
          lambda: a.tolist(), lambda: a[1], lambda: a.index('a'), lambda: 'a' in a,
          lambda: a.count('a'), lambda: a.pop(), lambda: len(a)):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
