# property: the doc a getter gave follows the getter through .getter()/.setter() copies, an
# explicit doc stays; accessor errors name the owner's qualified name; fget/fset/fdel are
# read-only members; __set_name__ takes exactly two arguments.
class Base:
    _spam = 1
    def _get_spam(self):
        return self._spam
    spam = property(_get_spam, doc="spam spam spam")
class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """not this one"""
        return self._spam
print(Base.spam.__doc__, '|', Sub.spam.__doc__)

class G:
    @property
    def x(self):
        """first"""
        return 1
    @x.getter
    def x(self):
        """second"""
        return 2
    @x.setter
    def x(self, v):
        """setter doc is never used"""
print(G.x.__doc__, G().x)

class H:
    @property
    def y(self):
        """from getter"""
    y = y.getter(None)
print(H.y.__doc__)

class Outer:
    class Inner:
        named = property()
        unnamed = None
Outer.Inner.unnamed = property()
obj = Outer.Inner()
for attr in ('named', 'unnamed'):
    for action in (lambda: getattr(obj, attr), lambda: setattr(obj, attr, 1), lambda: delattr(obj, attr)):
        try:
            action()
        except AttributeError as e:
            print(e)

p = property(len)
for attr in ('fget', 'fset', 'fdel'):
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print(attr, e)
p.__doc__ = 'changed'
print(p.__doc__, type(property.__dict__['fget']).__name__)

for n in (0, 1, 3):
    try:
        property().__set_name__(*[0] * n)
    except TypeError as e:
        print(e)
