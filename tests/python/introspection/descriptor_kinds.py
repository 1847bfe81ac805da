# Which dunders of builtin types are slot wrappers (wrapper_descriptor, bound: method-wrapper) and
# which are methods (method_descriptor, bound: builtin_function_or_method), as CPython's type
# dicts have them: the sequence slots sq_concat/sq_repeat are wrappers (list.__add__), the
# METH_COEXIST methods are methods (list.__getitem__, dict.__contains__, set.__contains__).
import array
import collections

names = ('__add__', '__mul__', '__rmul__', '__imul__', '__iadd__', '__contains__', '__getitem__',
         '__len__', '__iter__', '__eq__', '__or__', '__repr__')
for t in [list, tuple, str, bytes, bytearray, dict, set, frozenset, int, float, complex, range,
          memoryview, collections.deque, array.array, type({}.keys()), type({}.items())]:
    kinds = []
    for n in names:
        if n in vars(t):
            kinds.append(n + ':' + type(vars(t)[n]).__name__)
    print(t.__name__, ' '.join(kinds))

for o in [[], (), 'a', b'a', bytearray(), {}, set(), frozenset(), collections.deque(), array.array('i')]:
    bound = [type(getattr(o, n)).__name__ for n in names if hasattr(o, n)]
    print(type(o).__name__, bound)

print(repr(list.__add__), repr(dict.__getitem__))
print([].__add__([1]), (1,).__mul__(2), 'ab'.__rmul__(2), {1: 2}.__getitem__(1), {3}.__contains__(3))
for call in (lambda: list.__add__([], (1,)), lambda: list.__add__(), lambda: list.__add__((), []),
             lambda: [].__add__(), lambda: dict.__getitem__({}, 'k'), lambda: set.__contains__(set(), [])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class D(dict):
    def __missing__(self, k):
        return 'missing ' + k


print(dict.__getitem__(D(), 'x'), D().__getitem__('y'), D.__contains__(D(a=1), 'a'))
