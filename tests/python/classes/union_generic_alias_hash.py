# list[int] | str is a types.UnionType; unhashable builtin types show __hash__ = None in their
# dict (collections.abc.Hashable), while dict values views hash by identity.
import collections.abc as A
import collections
import functools
import typing
print(int | str, list[int] | str, str | list[int], list[int] | None, None | list[int])
u = list[int] | str
print(type(u).__name__, u.__args__, list[int] | list[int], (list[int] | dict[str, int] | list[int]).__args__)
print(u == (list[int] | str), u == (str | list[int]), hash(u) == hash(str | list[int]))
print(list[int] | typing.List[int])
try:
    isinstance([], list[int] | str)
except TypeError as e:
    print(type(e).__name__)
# Unhashable builtin types show __hash__ = None, so collections.abc.Hashable says no.
K = type(functools.cmp_to_key(lambda a, b: 0))
for t in [collections.deque, bytearray, slice, type({}.keys()), type({}.items()), type({}.values()), list, dict, set, K]:
    print(t.__name__, t.__dict__.get("__hash__", "absent"), issubclass(t, A.Hashable))
print(hash({}.values()) is not None)
