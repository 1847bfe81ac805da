import abc, _abc, collections.abc as cabc, numbers, io, gc
print(abc.ABCMeta.__module__, abc.get_cache_token is _abc.get_cache_token)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
print(sorted(B.__abstractmethods__))
class C(B):
    def g(self): return 2
print(C().f(), C().g(), C.__abstractmethods__)
class V: pass
t0 = abc.get_cache_token()
A.register(V)
print(abc.get_cache_token() - t0, issubclass(V, A), isinstance(V(), A), issubclass(int, A), A.register(V) is V)
try: A.register(1)
except TypeError as e: print(e)
try: V.register
except AttributeError as e: print('no register')
class D(A): pass
try: A.register(A)
except RuntimeError as e: print(e)
print(issubclass(A, A), isinstance(1, A))
try: D.register(A)
except RuntimeError as e: print(e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((x for x in []), cabc.Iterator), issubclass(list, cabc.MutableSequence), issubclass(dict, cabc.MutableSequence))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), isinstance(It(), cabc.Iterable), issubclass(It, cabc.Sized), isinstance(3, numbers.Integral), isinstance(3.0, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(1j, numbers.Number))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(1, io.IOBase))
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is int: return True
        if C is str: return False
        return NotImplemented
print(issubclass(int, H), issubclass(str, H), issubclass(float, H), isinstance(5, H))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 3
try: issubclass(int, Bad)
except AssertionError as e: print(e)
try: issubclass(1, A)
except TypeError as e: print(e)
reg, cache, neg, ver = _abc._get_dump(A)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg))
A._abc_caches_clear(); print(_abc._get_dump(A)[1])
A._abc_registry_clear(); print(issubclass(V, A))
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(P.__abstractmethods__))
class WithMeta(metaclass=abc.ABCMeta):
    __slots__ = ()
print(type(WithMeta).__name__, isinstance(WithMeta(), WithMeta))
