# isinstance/issubclass with objects that are not types: __bases__ and __class__ stand in for
# the type's MRO and an instance's type; only AttributeError is hidden; recursion is bounded.
import sys

class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    @property
    def __bases__(self):
        return self.bases

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    @property
    def __class__(self):
        return self.klass

root = AbstractClass(())
child = AbstractClass((root,))
other = AbstractClass(())
diamond = AbstractClass((other, child))
print(issubclass(child, root), issubclass(root, child), issubclass(diamond, root), issubclass(child, child))
print(isinstance(AbstractInstance(child), root), isinstance(AbstractInstance(other), root))
print(isinstance(AbstractInstance(child), (int, root)), issubclass(diamond, (other,)))

# a real class as the __class__ of an abstract instance, against a real class
print(isinstance(AbstractInstance(bool), int), isinstance(AbstractInstance(str), int))

# objects without __bases__ are not classes
for call in (lambda: isinstance(1, object()), lambda: issubclass(object(), int), lambda: issubclass(int, 3)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# __bases__ that is not a tuple: not a class either
class BadBases:
    __bases__ = [int]
try:
    issubclass(BadBases(), int)
except TypeError as e:
    print('TypeError', e)

# errors other than AttributeError are not masked
class Raising:
    @property
    def __bases__(self):
        raise RuntimeError('bases')
for call in (lambda: isinstance(1, Raising()), lambda: issubclass(Raising(), int)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)

class NoClass:
    @property
    def __class__(self):
        raise AttributeError('none')
print(isinstance(NoClass(), root))

# __bases__ graphs that never end, and tuples nested past the limit
class Cycle:
    @property
    def __bases__(self):
        return (self, self)
try:
    issubclass(Cycle(), int)
except RecursionError as e:
    print('RecursionError', e)
nested = (str,)
for _ in range(sys.getrecursionlimit() + 5):
    nested = (nested,)
for f in (isinstance, issubclass):
    try:
        f(int if f is issubclass else 1, nested)
    except RecursionError as e:
        print('RecursionError', e)

# a metaclass's __instancecheck__ decides even for real instances of subclasses
class Meta(type):
    def __instancecheck__(cls, inst):
        return False
    def __subclasscheck__(cls, sub):
        return False
class Base(metaclass=Meta):
    pass
class Derived(Base):
    pass
print(isinstance(Base(), Base), isinstance(Derived(), Base), issubclass(Derived, Base), issubclass(Base, Base))
print(type.__instancecheck__(int, AbstractInstance(bool)), type.__instancecheck__(int, AbstractInstance(str)))
