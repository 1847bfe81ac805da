# Small protocol rules: bytearray.extend asks the length hint first (its errors propagate),
# __class_getitem__ = None means "not subscriptable", and type() refuses bases that only
# __mro_entries__ would make into classes.
class BadLen:
    def __iter__(self):
        return iter(range(3))
    def __len__(self):
        raise RuntimeError('len')
class BadHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        raise RuntimeError('hint')
class TypeErrorHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        raise TypeError('ignored')
for src in (BadLen(), BadHint()):
    for make in (list, lambda s: [].extend(s), lambda s: bytearray(b'x').extend(s)):
        try:
            make(src)
        except RuntimeError as e:
            print('RuntimeError', e)
b = bytearray(b'x')
b.extend(TypeErrorHint())
print(b)

class NoGeneric:
    __class_getitem__ = None
try:
    NoGeneric[int]
except TypeError as e:
    print(e)
class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Generic[int])

class Entry:
    def __mro_entries__(self, bases):
        return (object,)
try:
    type('Bad', (Entry(),), {})
except TypeError as e:
    print(e)
class Good(Entry()):
    pass
print(Good.__bases__)
try:
    type('Bad', (1,), {})
except TypeError as e:
    print(e)
