o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object), object.__name__, object.__bases__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type.__name__, type(int).__name__, type(object) is type, object.__class__ is type)
T = type("T", (), {"a": 1})
print(T.__name__, T().a, T.__bases__ == (object,), T.__module__)
U = type("U", (T,), {"b": 2, "__repr__": lambda self: "U()"})
print(U(), U.a, U.b, U.__mro__ == (U, T, object))
for args in [(1, 2), ("X", 1, {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(object() == object(), o == o, o != o, object.__eq__(o, o), object.__eq__(o, 1))
print(object.__repr__ is not None, object.__str__(5), object.__format__(5, ""))
