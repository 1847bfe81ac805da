# A function's __annotations__ takes a dict (or None, or deletion: a new {} at the next read);
# anything else is CPython's func_set_annotations TypeError.
class D(dict):
    pass


def f(a: int) -> str:
    pass


print(f.__annotations__)
for value in (5, [("a", int)], "x", (1,)):
    try:
        f.__annotations__ = value
    except TypeError as e:
        print(type(value).__name__, "TypeError", e)
print(f.__annotations__)
f.__annotations__ = D(b=float)
print(type(f.__annotations__).__name__, f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
f.__annotations__ = {"c": bytes}
del f.__annotations__
print(f.__annotations__)
g = lambda: None
print(g.__annotations__)
