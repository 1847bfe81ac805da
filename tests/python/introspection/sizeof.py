# __sizeof__ and sys.getsizeof of builtin objects, as a 64-bit CPython 3.11 reports them
import inspect
import sys


def show(label, v):
    print(label, v.__sizeof__(), sys.getsizeof(v))


class O: pass
class OS: __slots__ = ('a', 'b')
class OS0: __slots__ = ()
class OW: __slots__ = ('a', '__weakref__')
class L(list): pass
class LS(list): __slots__ = ()
class T(tuple): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class F(float): pass
class I(int): pass
class B(bytes): pass
class Str(str): pass
class C(complex): pass
class BA(bytearray): pass
class E(Exception): pass
class Sub(O): pass

values = [
    ('[]', []), ('[1, 2, 3]', [1, 2, 3]), ('[1, 2]', [1, 2]), ('list(range(10))', list(range(10))),
    ('list comprehension', [x for x in range(10)]), ('[0] * 5', [0] * 5),
    ('[*range(5)]', [*range(5)]), ('list(generator)', list(x for x in range(3))),
    ('list((1, 2, 3))', list((1, 2, 3))), ('sorted', sorted([3, 1, 2])), ('copy', [1, 2, 3].copy()),
    ('slice', [1, 2, 3, 4, 5][1:3]), ('concat', [1] + [2, 3]),
    ('()', ()), ('(1, 2)', (1, 2)), ('tuple(range(7))', tuple(range(7))),
    ('{}', {}), ("{'a': 1}", {'a': 1}), ('{1: 2}', {1: 2}), ('dict(a=1, b=2)', dict(a=1, b=2)),
    ('int keys', {i: i for i in range(10)}), ('str keys', {str(i): i for i in range(10)}),
    ('100 keys', {i: i for i in range(100)}), ('1000 str keys', {str(i): i for i in range(1000)}),
    ('set()', set()), ('{1, 2}', {1, 2}), ('set(range(10))', set(range(10))),
    ('set(range(100))', set(range(100))), ('frozenset()', frozenset()),
    ('frozenset(range(10))', frozenset(range(10))),
    ("''", ''), ("'abc'", 'abc'), ("'é'", 'é'), ("'€'", '€'), ("'😀'", '😀'), ("'a' * 100", 'a' * 100),
    ("b''", b''), ("b'abc'", b'abc'), ('bytearray()', bytearray()), ("bytearray(b'abc')", bytearray(b'abc')),
    ('0', 0), ('1', 1), ('2**30', 2 ** 30), ('-2**60', -2 ** 60), ('10**100', 10 ** 100), ('True', True),
    ('False', False), ('1.5', 1.5), ('1j', 1j), ('None', None), ('object()', object()),
    ('range(3)', range(3)), ('slice(1)', slice(1)),
    ('O()', O()), ('OS()', OS()), ('OS0()', OS0()), ('OW()', OW()), ('Sub()', Sub()),
    ('L()', L()), ('L([1, 2, 3])', L([1, 2, 3])), ('LS()', LS()), ('T()', T()), ('T((1, 2))', T((1, 2))),
    ('D()', D()), ('S()', S()), ('FS()', FS()), ('F(1.0)', F(1.0)), ('I(5)', I(5)), ('I(0)', I(0)),
    ("B(b'ab')", B(b'ab')), ("Str('ab')", Str('ab')), ('C(1j)', C(1j)), ("BA(b'ab')", BA(b'ab')),
    ('E()', E()), ('Exception()', Exception()), ('ValueError()', ValueError('x')),
]
for label, v in values:
    show(label, v)

# a list's capacity follows CPython's over-allocation
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(l.__sizeof__())
print(sizes)
sizes = []
while l:
    l.pop()
    sizes.append(l.__sizeof__())
print(sizes)
l = [1, 2, 3, 4, 5, 6, 7, 8]
for _ in range(5):
    l.pop()
print(l.__sizeof__())
l.clear()
print(l.__sizeof__())
l += [1]
print(l.__sizeof__())
l *= 5
print(l.__sizeof__())
l[1:3] = []
print(l.__sizeof__())
l.insert(0, 1)
print(l.__sizeof__())
l.extend(range(20))
print(l.__sizeof__())
l.sort()
print(l.__sizeof__())
del l[::2]
print(l.__sizeof__())
l.extend(x for x in range(3))
print(l.__sizeof__())
l[:] = []
print(l.__sizeof__())
l.extend(l)
print(l.__sizeof__())
l = []
l.extend(x for x in range(3))
print(l.__sizeof__())

# a dict keeps its keys table until cleared; a non-str key makes its entries general
d = {'a': 1}
del d['a']
print(d.__sizeof__())
d.clear()
print(d.__sizeof__())
d[1] = 1
del d[1]
d['a'] = 1
print(d.__sizeof__())
d = {}
for i in range(50):
    d[str(i)] = i
print(d.__sizeof__(), d.copy().__sizeof__())
s = set()
for i in range(50):
    s.add(i)
print(s.__sizeof__())

# types
print(sys.getsizeof(int), type.__sizeof__(int), sys.getsizeof(O), type.__sizeof__(O))


# a class's own __sizeof__ is used, with the pre-header added
class Own:
    def __sizeof__(self):
        return 100


class OwnSlots:
    __slots__ = ()

    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


class Wrong:
    def __sizeof__(self):
        return 'x'


print(sys.getsizeof(Own()), sys.getsizeof(OwnSlots()))
for v in (Bad(), Wrong()):
    try:
        sys.getsizeof(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Wrong(), 'default'))

# the signatures of the containers' __sizeof__
for t in (list, dict, set, frozenset, bytearray, int, str, tuple, bytes, float, object):
    try:
        s = str(inspect.signature(t.__sizeof__))
    except ValueError:
        s = 'ValueError'
    print(t.__name__, repr(t.__sizeof__.__text_signature__), s)
