class EvenMeta(type):
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) and instance % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(bool, Even), issubclass(int, Even))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(int, type), isinstance(type, type), issubclass(type, object))
print(issubclass(int, int), issubclass(int, object), isinstance(None, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(int | str)
print(isinstance(5, int | str), isinstance(None, int | None))
