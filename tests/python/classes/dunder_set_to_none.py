# A dunder set to None: iteration, containment, len and hash refuse as CPython's slots do; typing's _NotIterable.
class A:
    __iter__ = None
    def __getitem__(self, i): return i
try: iter(A())
except TypeError as e: print("TE", e)
class B(A): pass
try: iter(B())
except TypeError as e: print("TE", e)
class C:
    __hash__ = None
try: hash(C())
except TypeError as e: print("TE", e)
class D:
    __len__ = None
try: len(D())
except TypeError as e: print("TE", e)
class E:
    __contains__ = None
    def __iter__(self): return iter([1])
try: print(1 in E())
except TypeError as e: print("TE", e)
class F:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try: print(reversed(F()))
except TypeError as e: print("TE", e)
import typing
for t in (typing.Union, typing.List, typing.Callable[..., int]):
    try: print(iter(t))
    except TypeError as e: print('TE', e)
