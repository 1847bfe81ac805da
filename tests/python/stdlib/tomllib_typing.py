import tomllib, typing
doc = '''
title = "TOML"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
tags = ["a", "b"]
ml = """
multi
line"""
'''
print(tomllib.loads(doc))
T = typing.TypeVar('T')
class Box(typing.Generic[T]):
    pass
print(Box[int], Box.__orig_bases__, typing.List[int], typing.Optional[str])
class NT(typing.NamedTuple):
    x: int
    y: str = 'a'
print(NT(1), type[int])
