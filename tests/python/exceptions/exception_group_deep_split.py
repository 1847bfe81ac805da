# split/subgroup of a group nested deeper than the recursion limit: RecursionError, as in CPython;
# a shallower one splits
import sys

def deep(n):
    e = TypeError(1)
    for i in range(n):
        e = ExceptionGroup("eg", [e])
    return e

for method in ("split", "subgroup"):
    try:
        getattr(deep(2000), method)(TypeError)
        print(method, "no error")
    except RecursionError as e:
        print(method, "RecursionError", e)

match, rest = deep(50).split(TypeError)
depth = 0
while isinstance(match, ExceptionGroup):
    match = match.exceptions[0]
    depth += 1
print(depth, repr(match), rest)
print(deep(50).subgroup(ValueError))
