# Duplicate bases: in a class statement, type(), __bases__ assignment, typing.NamedTuple; issubclass with a non-class.
class A: pass
try:
    class B(A, A): pass
except TypeError as e: print("TE", e)
try:
    type("C", (A, A), {})
except TypeError as e: print("TE", e)
class D(tuple): pass
try:
    D.__bases__ = (tuple, tuple)
except TypeError as e: print("TE", e)
from typing import NamedTuple
class B(NamedTuple):
    x: int
for name, bases in [("Y", (NamedTuple, tuple)), ("Z", (NamedTuple, NamedTuple)), ("C", (NamedTuple, B))]:
    try:
        exec(f"class {name}(*bases):\n    y: str\n", {"bases": bases, "NamedTuple": NamedTuple})
        print(name, "made")
    except TypeError as e: print(name, "TE", e)
from typing import Any
try: issubclass(42, Any)
except TypeError as e: print('TE', e)
class Abstract:
    __bases__ = ()
print(issubclass(Abstract(), int) if False else type.__subclasscheck__(int, Abstract()))
try: type.__subclasscheck__(int, 3)
except TypeError as e: print('TE', e)
