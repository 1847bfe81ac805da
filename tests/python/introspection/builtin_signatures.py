# inspect.signature() and __text_signature__ of builtin functions, methods and types
import builtins
import inspect


def show(label, x):
    label = label.split(" ")[0] + (" via getattr" if " via getattr" in label else "")
    try:
        ts = x.__text_signature__
    except AttributeError:
        ts = '<no attribute>'
    try:
        s = str(inspect.signature(x))
    except (ValueError, TypeError) as e:
        s = type(e).__name__
    print(label, repr(ts), s)


# site's additions (copyright, credits, license, exit, quit, help) are Python objects in CPython
SITE = {'copyright', 'credits', 'license', 'exit', 'quit', 'help'}
for name in dir(builtins):
    if name.startswith('_') and name not in ('__import__', '__build_class__') or name in SITE:
        continue
    x = getattr(builtins, name)
    if isinstance(x, type) and issubclass(x, BaseException):
        continue
    if callable(x):
        show('builtins.' + name, x)

for t in (str, bytes, bytearray, list, dict, set, frozenset, tuple, int, float, complex, bool, object, type):
    show(t.__name__, t)
    for name in dir(t):
        if name == '__sizeof__':  # see sizeof.py
            continue
        try:
            x = getattr(t, name)
        except AttributeError:
            continue
        if callable(x):
            show(t.__name__ + '.' + name, x)
    # the raw class methods (classmethod_descriptor)
    for name in sorted(t.__dict__):
        if type(t.__dict__[name]).__name__ == 'classmethod_descriptor':
            show(t.__name__ + '.__dict__.' + name, t.__dict__[name])

# bound methods drop $self
for x in ("".split, [].append, {}.get, (1,).index, (1).bit_length, b"".hex, {1}.add, 1.5.hex):
    show('bound ' + x.__qualname__, x)
# methods found on subclass instances
class L(list):
    pass
show('subclass bound append', L().append)
show('subclass L', L)
class D(dict):
    def __init__(self, a, b=2):
        pass
show('subclass D', D)


# a class whose docstring starts with a signature
class Doc:
    """Doc(a, b=1)
--

A documented class."""
    def __init__(self, *args):
        pass


class NoSig:
    """NoSig(a)

--

blank line first"""


print(repr(Doc.__text_signature__), repr(NoSig.__text_signature__))

# classmethod_descriptor behaves as CPython's
import types
fk = dict.__dict__['fromkeys']
print(type(fk).__name__, types.ClassMethodDescriptorType is type(fk), repr(fk), fk.__qualname__, fk.__objclass__)
print(fk(dict, 'ab'), fk.__get__({})('c'), fk.__get__(None, dict)('d'))
for args in [(None, int), (1,), (None, None)]:
    try:
        fk.__get__(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [(), (1,), (int, 'a')]:
    try:
        fk(*args)
    except TypeError as e:
        print('TypeError', e)
class DD(dict):
    pass
print(type(DD.fromkeys('x')).__name__, int.from_bytes(b'\x01', 'big'), float.fromhex('0x1p1'), bytes.fromhex('41'))
print(type(float.__dict__['fromhex']).__name__, type(object.__dict__['__init_subclass__']).__name__, type(list.__dict__['__class_getitem__']).__name__)
