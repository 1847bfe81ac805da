# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c))

class Adder:
    pass
a = Adder()
a.__add__ = lambda other: "instance add"
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
print(a.__add__(1))

# Assigning to the class afterwards works.
Adder.__add__ = lambda self, other: "class add " + str(other)
print(a + 1)
Adder.__len__ = lambda self: 7
print(len(a))
del Adder.__add__
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)

# __class__ assignment.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
