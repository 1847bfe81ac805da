from types import GenericAlias
class G(GenericAlias):
    __slots__ = ()
g = G(list, (int,))
print(type(g).__name__, g, g.__origin__, g.__args__, list[int] == GenericAlias(list, int))
try: GenericAlias(list)
except TypeError as e: print(e)
