# A Python subclass of super: its instances are of the subclass (with a __dict__), look attributes
# up after the given class in the MRO as super does, and bind through the subclass.
class A:
    def f(self):
        return 'A.f'

    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__


class B(A):
    def f(self):
        return 'B.f'


class S(super):
    tag = 'S'

    def describe(self):
        return 'S over ' + self.__thisclass__.__name__


s = S(B, B())
print(type(s).__name__, isinstance(s, super), s.f(), s.c(), s.describe(), s.tag)
s.note = 1
print(s.note, sorted(vars(s)))
unbound = S(B)
print(type(unbound).__name__)
bound = unbound.__get__(B(), B)
print(type(bound).__name__, bound.f())


class C(B):
    def f(self):
        return 'C.f via ' + S(C, self).f()


print(C().f())
try:
    S(B, 1)
except TypeError as e:
    print(e)
