# __abstractmethods__ and Py_TPFLAGS_IS_ABSTRACT: what abc.ABCMeta relies on.
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try: A()
except TypeError as e: print(e)
class C(A):
    def f(self): pass
try: C()
except TypeError as e: print(e)
class E(C):
    def g(self): return 7
print(E().g(), sorted(A.__abstractmethods__), E.__abstractmethods__)
try: type.__abstractmethods__
except AttributeError as e: print('AE', e)
class P: pass
try: print(P.__abstractmethods__)
except AttributeError as e: print('AE', e)
print(bool(A.__flags__ & (1 << 20)), bool(E.__flags__ & (1 << 20)), bool(P.__flags__ & 512), bool(int.__flags__ & 512))
print(P.__flags__, object.__flags__, int.__flags__ & (1 << 24) != 0, bool.__flags__ & (1 << 10))
# without ABCMeta: set by hand, and cleared again
class H:
    def __init__(self, x): self.x = x
H.__abstractmethods__ = frozenset({'z'})
for i in range(3):
    try: H(i)
    except TypeError as e: print(e)
del H.__abstractmethods__
print(H(4).x)
try: del H.__abstractmethods__
except AttributeError as e: print('AE', e)
H.__abstractmethods__ = ()
print(H(5).x, '__abstractmethods__' in H.__dict__)
try: int.__abstractmethods__ = frozenset()
except TypeError as e: print(e)
