def f(a, b: int = 1, *args, c: "str" = "x", d, **kw) -> list:
    """Docstring of f."""
    local = a
    return local

print(f.__name__)
print(f.__qualname__)
print(f.__doc__)
print(f.__defaults__)
print(f.__kwdefaults__)
print(f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_name)
print(f.__annotations__)
print(f.__module__)
print(f.__dict__)
f.custom = 5
print(f.__dict__, f.custom)

def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__, no_doc.__annotations__)

class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)

def outer_fn():
    def inner_fn():
        pass
    return inner_fn
print(outer_fn().__qualname__)

f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def pos(a, b, /, c):
    x = 1
    y = 2
print(pos.__code__.co_varnames, pos.__code__.co_nlocals)
print(type(f).__name__)
