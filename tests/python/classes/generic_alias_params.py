# types.GenericAlias and types.UnionType: parameters, substitution, attributes, pickling.
import copy
import pickle
import types
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, Unpack

T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(type(list[int]), type(list[int]).__module__, type(list[int]).__name__)
print(type(int | str), type(int | str).__module__, type(int | str).__name__)
show("params plain", lambda: list[int].__parameters__)
show("params T", lambda: list[T].__parameters__)
show("params nested", lambda: dict[T, list[S]].__parameters__)
show("params repeated", lambda: dict[T, T].__parameters__)
show("params order", lambda: dict[S, tuple[T, S]].__parameters__)
show("subst", lambda: list[T][int])
show("subst nested", lambda: dict[T, list[S]][str, int])
show("subst repeated", lambda: dict[T, T][int])
show("subst typing", lambda: list[typing.List[T]][int])
show("too many", lambda: list[T][int, str])
show("too few", lambda: dict[T, S][int])
show("not generic", lambda: list[int][str])
show("subst ellipsis", lambda: tuple[T, ...][int])
show("subst union", lambda: list[T | None][int])
show("union params", lambda: (T | list[S]).__parameters__)
show("union subst", lambda: (T | list[S])[int, str])
show("union plain subst", lambda: (int | str)[int])
show("class attr", lambda: list[int].__class__)
show("origin attrs", lambda: list[int].append)
show("origin name", lambda: (list[int].__name__, list[int].__qualname__, list[int].__module__))
show("mro entries", lambda: list[int].__mro_entries__(()))
show("isinstance", lambda: isinstance([], list[int]))
show("issubclass", lambda: issubclass(list, list[int]))
show("unpacked", lambda: list[int].__unpacked__)
show("starred", lambda: [*tuple[int, str]])
show("starred attrs", lambda: (next(iter(tuple[int])).__unpacked__, next(iter(tuple[int])).__typing_unpacked_tuple_args__))
show("unpacked args", lambda: tuple[int].__typing_unpacked_tuple_args__)
show("starred eq", lambda: (next(iter(tuple[int])) == tuple[int], next(iter(tuple[int])) == next(iter(tuple[int]))))
show("reduce", lambda: list[int].__reduce__())
show("reduce starred", lambda: next(iter(tuple[int])).__reduce__()[0])
show("pickle", lambda: pickle.loads(pickle.dumps(dict[str, list[int]])))
show("pickle T", lambda: pickle.loads(pickle.dumps(list[T])) == list[T])
show("copy", lambda: copy.copy(list[int]) == list[int])
show("deepcopy", lambda: copy.deepcopy(dict[str, T]))
show("dir", lambda: [n for n in dir(list[int]) if n in ('__origin__', '__args__', '__parameters__', '__mro_entries__', 'append', '__unpacked__')])
show("iter type", lambda: type(iter(list[int])).__name__)

class Box(list):
    pass

b = Box[int]()
show("orig class", lambda: b.__orig_class__)
show("subclass alias", lambda: Box[T][int])
class Sub(list[int]):
    pass
show("subclass bases", lambda: (Sub.__bases__, Sub.__orig_bases__))

Alias = dict[str, T]
def f(x: Alias[int]) -> list[T]:
    return x
print(f.__annotations__)
show("callable abc", lambda: __import__('collections.abc').abc.Callable[[int], T][str])
show("paramspec", lambda: __import__('collections.abc').abc.Callable[P, T][[int, str], bool])
show("typevartuple", lambda: tuple[*Ts][int, str] if False else tuple[Unpack[Ts]][int, str])
show("typevartuple params", lambda: tuple[T, Unpack[Ts]].__parameters__)
show("typevartuple subst", lambda: tuple[T, Unpack[Ts]][int, str, bytes])
show("bare tvt", lambda: list[Unpack[Ts]][int])
