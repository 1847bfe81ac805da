class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
class B(A):
    def f(self):
        return "B.f > " + super().f()
    @classmethod
    def c(cls):
        return "B.c > " + super().c()
class C(B):
    def f(self):
        return "C.f > " + super(B, self).f()
print(B().f(), C().f(), C.c(), super(C, C()).f(), super(B, C).c())
s = super(B, B())
print(type(s).__name__, s.f())
print(super(B, B).f(B()))
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
