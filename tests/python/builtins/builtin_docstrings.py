# Builtins have docstrings: every function and type of the builtins module, the methods of the
# core types, and what help()/pydoc and inspect build on them. The text is Taipan's own, so only
# whether __doc__ is a non-empty str is compared (and where CPython has None, that it is None).
import builtins
import inspect
import pydoc


def has_doc(obj):
    d = getattr(obj, '__doc__', None)
    return isinstance(d, str) and len(d) > 0


missing = sorted(n for n in dir(builtins) if not has_doc(getattr(builtins, n)))
print("builtins without a docstring:", missing)

for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if isinstance(obj, type) or type(obj).__name__ == 'builtin_function_or_method':
        print(name, has_doc(obj))

TYPES = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, bool,
         object, type, range, slice, memoryview, property, staticmethod, classmethod, super,
         enumerate, zip, map, filter, reversed)
KINDS = ('method_descriptor', 'classmethod_descriptor', 'builtin_function_or_method',
         'wrapper_descriptor')
for t in TYPES:
    names = [n for n in sorted(vars(t)) if type(vars(t)[n]).__name__ in KINDS]
    without = [n for n in names if not has_doc(getattr(t, n))]
    public = [n for n in names if not n.startswith('_')]
    print(t.__name__, has_doc(t), len(public), 'public methods, without a docstring:', without)

# bound methods and method-wrappers share their descriptor's docstring
print(''.join.__doc__ == str.join.__doc__, [].append.__doc__ == list.append.__doc__)
print((1).__add__.__doc__ == int.__add__.__doc__, {}.fromkeys.__doc__ == dict.fromkeys.__doc__)
print(has_doc(str.maketrans), has_doc(bytes.fromhex), has_doc(int.from_bytes))
# an instance of a builtin type reads its type's docstring
print([].__doc__ == list.__doc__, (5).__doc__ == int.__doc__, ValueError('x').__doc__ == ValueError.__doc__)
print(vars(list)['__doc__'] == list.__doc__, type(vars(dict)['__doc__']).__name__)
# no signature line in the prose: it is __text_signature__'s
print(len.__doc__.startswith('len('), str.join.__doc__.startswith('join('), list.__doc__.startswith('list('))
print(None.__doc__, Ellipsis.__doc__, NotImplemented.__doc__)
print(True.__doc__ == bool.__doc__, has_doc(True))


class Documented:
    """A user class's own docstring."""

    def method(self):
        """A method's docstring."""


class Plain(Documented):
    pass


class ListChild(list):
    pass


print(Documented.__doc__, Documented().__doc__, Documented.method.__doc__)
print(Plain.__doc__, Plain().__doc__, ListChild.__doc__, ListChild().__doc__)
print(inspect.getdoc(Plain), inspect.getdoc(ListChild) == list.__doc__)
Plain.__doc__ = 'set later'
print(Plain.__doc__, Plain().__doc__, vars(Plain)['__doc__'])
ListChild.__doc__ = 'a list subclass'
print(ListChild.__doc__, list.__doc__ != ListChild.__doc__)
try:
    list.__doc__ = 'no'
except TypeError as e:
    print('TypeError', e)
try:
    del Plain.__doc__
except TypeError as e:
    print('TypeError', e)

# help() and pydoc
text = pydoc.render_doc(len, renderer=pydoc.plaintext)
print('len' in text, len.__doc__.split()[0] in text)
text = pydoc.render_doc(str, renderer=pydoc.plaintext)
print('class str' in text, 'join' in text)
text = pydoc.render_doc(Documented, renderer=pydoc.plaintext)
print("A user class's own docstring." in text, "A method's docstring." in text)
text = pydoc.render_doc(dict.get, renderer=pydoc.plaintext)
print(text.startswith('Python Library Documentation'), 'get' in text)
print(inspect.getdoc(len) == len.__doc__, inspect.getdoc(list.append) == list.append.__doc__)

# signatures still come from __text_signature__
for f in (len, sorted, str.join, dict.get, int.from_bytes, list, str.split, bytes.fromhex):
    print(f.__qualname__ if hasattr(f, '__qualname__') else f, inspect.signature(f))

# the functions of modules written in Java
import math
import itertools
import time
for m in (math, itertools, time):
    print(m.__name__, [n for n in dir(m) if callable(getattr(m, n)) and not n.startswith('_')
                       and not has_doc(getattr(m, n))])
print(has_doc(itertools.chain.from_iterable), has_doc(time.localtime()))

# functools.wraps copies a builtin's docstring
import functools


@functools.wraps(len)
def my_len(x):
    return len(x)


print(my_len.__doc__ == len.__doc__, my_len.__name__)
