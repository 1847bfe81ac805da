# Private names in __slots__ are mangled as in the class body (_Priv__p), while __slots__ itself,
# dunder names and names in a class named only with underscores stay as written.
class Priv:
    __slots__ = ('__p', 'q', '__r__')

    def __init__(self):
        self.__p = 3
        self.q = 4

    def get(self):
        return self.__p


p = Priv()
print(p.get(), p._Priv__p, p.q, Priv.__slots__)
print(sorted(k for k in Priv.__dict__ if k in ('_Priv__p', 'q', '__r__', '__p')))
print(hasattr(p, '__dict__'))
try:
    p.__p = 1
except AttributeError as e:
    print('AttributeError', e)


class _:
    __slots__ = ('__y',)


print([k for k in _.__dict__ if 'y' in k])

try:
    class C:
        __slots__ = ('__x',)
        _C__x = 1
except ValueError as e:
    print('ValueError', e)


class Base:
    __slots__ = ('__v',)

    def __init__(self):
        self.__v = 'base'


class Child(Base):
    __slots__ = ('__v',)

    def __init__(self):
        super().__init__()
        self.__v = 'child'

    def both(self):
        return self._Base__v, self.__v


print(Child().both())
