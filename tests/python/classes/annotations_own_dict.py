# __annotations__ of a class is its own (type_get_annotations: a base's is never inherited, an empty
# dict is made and stored on first read), of a module likewise (module_get_annotations); builtin
# types have none; setting and deleting touch the own entry only.
import types, sys
class A:
    attr: int
class B(A):
    pass
class C(A):
    y: str = "s"
print(A.__annotations__, B.__annotations__, C.__annotations__)
print("own", "__annotations__" in B.__dict__, B.__annotations__ is B.__annotations__)
B.__annotations__["z"] = float
print(B.__annotations__, A.__annotations__)
print(B().__annotations__, A().__annotations__)
del B.__annotations__
print("deleted", "__annotations__" in B.__dict__)
try:
    del B.__annotations__
except AttributeError as e:
    print("AttributeError", e)
B.__annotations__ = {"q": 1}
print(B.__annotations__)
for t in (int, type, object):
    try:
        print(t.__annotations__)
    except AttributeError as e:
        print("AttributeError", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError", e)
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"a": 1}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
print(m.__annotations__)
x: int = 3
print(sys.modules[__name__].__annotations__)
class D:
    __annotations__ = property(lambda self: "prop")
print(type(D.__annotations__).__name__)
import json
print(json.__annotations__)
class M(type): pass
class E(metaclass=M):
    v: int
class F(E): pass
print(E.__annotations__, F.__annotations__)
