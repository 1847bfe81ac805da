# The objects a class's __slots__ give it: member descriptors (repr, __name__, __qualname__,
# __objclass__, __doc__, misuse), the __dict__ / __weakref__ getset descriptors, member_descriptor
# as types.MemberDescriptorType (function's own members are ones too), unset members,
# __slots__ rebound after the class is made, and deleting an instance's __dict__.
import inspect
import pickle
import types


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Outer:
    class C:
        __slots__ = {'x': 'the x', 'y': None, '__weakref__': 'w', '__dict__': 'd'}


C = Outer.C
for name in ('x', 'y', '__weakref__', '__dict__'):
    d = C.__dict__[name]
    print(repr(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d.__doc__))
print(type(C.x) is types.MemberDescriptorType, inspect.ismemberdescriptor(C.x), inspect.isgetsetdescriptor(C.x))
print(inspect.isgetsetdescriptor(C.__dict__['__dict__']), C.x.__reduce__()[1])
print(pickle.loads(pickle.dumps(C.x)) is C.x)
print([(n, k) for n, k, cls, obj in inspect.classify_class_attrs(C) if n in ('x', 'y')])

# unset members: get and del
c = C()
attempt("get unset", lambda: c.x)
attempt("del unset", lambda: delattr(c, 'x'))
c.x = 1
del c.x
attempt("get after del", lambda: c.x)
attempt("del again", lambda: delattr(c, 'x'))
c.x = 2
print(C.x.__get__(c), C.x.__get__(None, C) is C.x)
C.x.__set__(c, 3)
print(c.x)
C.x.__delete__(c)
attempt("__delete__ unset", lambda: C.x.__delete__(c))
attempt("__get__ on int", lambda: C.x.__get__(1))
attempt("__set__ on int", lambda: C.x.__set__(1, 2))
attempt("__delete__ on int", lambda: C.x.__delete__(1))
attempt("set __name__", lambda: setattr(C.x, '__name__', 'z'))

# function's members are member descriptors: read-only ones and writable ones that delete to None
def f():
    "doc"


for name in ('__globals__', '__closure__', '__builtins__', '__doc__', '__module__'):
    d = type(f).__dict__[name]
    print(name, type(d).__name__, repr(d), d.__qualname__)
for name in ('__globals__', '__closure__', '__builtins__'):
    attempt("set " + name, lambda: setattr(f, name, {}))
    attempt("del " + name, lambda: delattr(f, name))
del f.__doc__
del f.__module__
print(f.__doc__, f.__module__)
attempt("__globals__ of an int", lambda: type(f).__dict__['__globals__'].__get__(1))
print(types.MemberDescriptorType, types.GetSetDescriptorType)

# rebinding or mutating __slots__ after the class is made changes nothing
class R:
    __slots__ = ['a']


R.__slots__.append('b')
attempt("mutated list", lambda: setattr(R(), 'b', 1))
R.__slots__ = ('a', 'c')
attempt("rebound", lambda: setattr(R(), 'c', 1))
del R.__slots__
attempt("deleted", lambda: setattr(R(), 'c', 1))
r = R()
r.a = 'kept'
print(r.a, sorted(k for k in R.__dict__ if not k.startswith('__')))


class Sub(R):
    pass


s = Sub()
s.c = 1
print(s.__dict__, Sub.__slots__ if hasattr(Sub, '__slots__') else 'no __slots__')


# an instance's __dict__, from __slots__ or not, may be deleted: an empty one comes back
class WithDict:
    __slots__ = ('__dict__', 's')


for cls in (WithDict, Sub):
    wd = cls()
    wd.s = 1
    wd.t = 2
    del wd.__dict__
    print(cls.__name__, wd.__dict__, wd.s if cls is WithDict else None, hasattr(wd, 't'))
    wd.u = 3
    print(wd.__dict__)
    attempt("set __dict__ to an int", lambda: setattr(wd, '__dict__', 1))
attempt("del a function's __dict__", lambda: delattr(f, '__dict__'))
attempt("del an exception's __dict__", lambda: delattr(ValueError(), '__dict__'))
attempt("del a module's __dict__", lambda: delattr(types.ModuleType('m'), '__dict__'))
