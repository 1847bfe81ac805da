class Meta(type):
    def __bool__(cls):
        return cls.__name__.startswith("T")
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class True_(metaclass=Meta):
    pass
class Falsy(metaclass=Meta):
    pass
print(bool(True_), bool(Falsy), len(True_), repr(Falsy), str(True_))
print(bool(int), bool(object), bool(type))
class WithClassMethods(metaclass=Meta):
    def __len__(self):
        return 1
print(len(WithClassMethods), len(WithClassMethods()))
