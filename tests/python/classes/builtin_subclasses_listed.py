# Builtin types list their subclasses, builtin and user-defined (type.__subclasses__()).
import collections
class MyInt(int): pass
class MyErr(ValueError): pass
class Both(MyInt): pass
print(bool in int.__subclasses__(), MyInt in int.__subclasses__(), Both in int.__subclasses__())
print(MyErr in ValueError.__subclasses__(), MyInt.__subclasses__())
print(collections.OrderedDict in dict.__subclasses__(), collections.defaultdict in dict.__subclasses__())
print(type in object.__subclasses__(), int in object.__subclasses__(), MyInt in object.__subclasses__())
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print([c.__name__ for c in UnicodeError.__subclasses__()])

def all_subclasses(c):
    out = set()
    for s in c.__subclasses__():
        out.add(s)
        out |= all_subclasses(s)
    return out

print(len(all_subclasses(BaseException)) > 60)
print(sorted(c.__name__ for c in all_subclasses(Warning)))

class D(list): pass
class E(list): pass
try:
    D.__bases__ = (E,)
except TypeError as e:
    print('TypeError', e)
print(D in list.__subclasses__(), E in list.__subclasses__(), E.__subclasses__())

class F: pass
class G: pass
class H(F): pass
H.__bases__ = (G,)
print(F.__subclasses__(), G.__subclasses__(), H in object.__subclasses__())
H.__bases__ = (F, G)
print(F.__subclasses__(), G.__subclasses__())
print(ExceptionGroup in Exception.__subclasses__(), ExceptionGroup in BaseExceptionGroup.__subclasses__())
