# A class made by a metaclass (a subclass of type) still has its namespace as __dict__
class M(type):
    pass

class C(metaclass=M):
    x = 1

print(type(C.__dict__).__name__, C.__dict__['x'], sorted(k for k in C.__dict__ if not k.startswith('__')))
print('__dict__' in M.__dict__, type.__dict__['__dict__'].__get__(C)['x'])

class G(type):
    def __getattr__(cls, name):
        raise AttributeError(name)

class D(metaclass=G):
    y = 2

print(D.__dict__['y'], D.__name__)
try:
    D.missing
except AttributeError as e:
    print('AttributeError', e)
d = D()
d.z = 3
print(d.__dict__)
