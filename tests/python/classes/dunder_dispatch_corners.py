# Corners of dunder dispatch: three-argument pow asks the first operand's Python __pow__ (also on
# an int subclass) and never __rpow__; __new__ read as an attribute (a classmethod binds the
# class); a slot wrapper of an unrelated class refuses the instance; method reprs and wrappers.
import types

class I(int):
    def __repr__(self):
        return 'I(%d)' % int(self)
    def __pow__(self, other, mod=None):
        return I(super().__pow__(other, mod) if mod is not None else pow(int(self), int(other)))
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(I(2) ** 3), repr(pow(2, I(3), 5)), 2 ** I(3))

class NI(int):
    def __pow__(self, other, mod=None):
        return NotImplemented
print(pow(NI(2), 3, 5), int.__pow__(2, 10, 1000))

class C:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(C(), 2, 3))
for args in ((2, C(), 3), (2, 3, C())):
    try:
        pow(*args)
    except TypeError as e:
        print(e)

class CM:
    @classmethod
    def __new__(*args):
        return args
class CMSub(CM):
    pass
print(CM(1, 2) == (CM, CM, 1, 2), CMSub(3) == (CMSub, CMSub, 3))
class SM:
    @staticmethod
    def __new__(*args):
        return args
print(SM(1) == (SM, 1))

class A(int):
    __eq__ = str.__eq__
a = A()
try:
    a == a
except TypeError as e:
    print(e)
class B(int):
    __eq__ = int.__eq__
print(B(1) == B(1))

class MyCallable:
    def __call__(self, arg):
        pass
func = MyCallable()
m = types.MethodType(func, 7)
print(repr(m))
func.__name__ = 'name'
print(repr(m))
func.__qualname__ = 'qualname'
print(repr(m))

print((1).__add__.__objclass__, object().__str__.__objclass__, type((1).__add__).__name__)
