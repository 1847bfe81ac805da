class A:
    def get_class(self):
        return __class__
    def uses_super(self):
        return super().__repr__ is not None
    @classmethod
    def cm(cls):
        return __class__, cls
class B(A):
    pass
print(A().get_class() is A, B().get_class() is A, A().uses_super())
print(B.cm()[0] is A, B.cm()[1] is B)
print("__class__" in A.get_class.__code__.co_freevars)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("namespace has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class WithoutCell(metaclass=Meta):
    def f(self):
        return 1
print(WithCell().f() is WithCell)

def outside():
    try:
        return __class__
    except NameError as e:
        return "NameError: " + str(e)
print(outside())

class Shadow:
    __class__ = "shadowed attribute"
print(Shadow.__class__ if isinstance(Shadow.__dict__.get("__class__"), str) else "no")
print(type(Shadow()).__name__)
