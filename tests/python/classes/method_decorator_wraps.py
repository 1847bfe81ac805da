# staticmethod and classmethod copy the wrapped callable's __module__, __name__, __qualname__, __doc__
# and __annotations__ into their own __dict__ (Python 3.10+), and show it in their repr.
def f(x):
    "doc of f"
    return x
f.extra = 1
for kind in (staticmethod, classmethod):
    s = kind(f)
    print(kind.__name__, s.__wrapped__ is f, s.__name__, s.__qualname__, s.__doc__, s.__module__, sorted(vars(s)), s.__isabstractmethod__)
    s.__doc__ = 'new'
    print(s.__doc__, f.__doc__)
    try:
        print(s.extra)
    except AttributeError as e:
        print('AttributeError', e)
class C:
    @staticmethod
    def g():
        "g doc"
    @classmethod
    def h(cls):
        "h doc"
print(C.__dict__['g'].__name__, C.__dict__['h'].__doc__, C.__dict__['g'].__func__.__name__)
print(repr(staticmethod(len)), staticmethod(len).__name__)
print(repr(classmethod(f)).startswith('<classmethod(<function f at'))
class SM(staticmethod):
    pass
print(repr(SM(len)), SM(f).__name__, vars(SM(f)).keys())
class Named:
    __name__ = 'named'
    __module__ = 'mod'
    def __call__(self): pass
print(sorted(vars(staticmethod(Named())).items()))
class Bad:
    @property
    def __doc__(self):
        raise ValueError('no doc')
try:
    staticmethod(Bad())
except ValueError as e:
    print('ValueError', e)
